import type { Status } from '../content/schema';
import { STATUS_INFO, type StatusInfo } from './status';

export type Group = StatusInfo['group'];
export const GROUPS: Group[] = ['delivered', 'in_progress', 'delayed', 'cannot_yet_assess'];
export const GROUP_LABELS: Record<Group, string> = {
	delivered: 'Delivered',
	in_progress: 'In progress',
	delayed: 'Delayed or not delivered',
	cannot_yet_assess: 'Cannot yet assess'
};

/** Used in the addresses of the filtered lists, e.g. /commitments/status/in-progress/ */
export const GROUP_SLUGS: Record<Group, string> = {
	delivered: 'delivered',
	in_progress: 'in-progress',
	delayed: 'delayed',
	cannot_yet_assess: 'cannot-yet-assess'
};

export interface Rollup {
	total: number;
	counts: Record<Group, number>;
	/** commitments whose status can be judged: all but "cannot yet assess" */
	assessable: number;
	delivered: number;
	/** delivered ÷ assessable, as a whole percentage; null when nothing can be assessed */
	percent: number | null;
}

/**
 * The published roll-up rule: every commitment and sub-commitment counts once; those that
 * cannot yet be assessed are left out; overall progress is the share of the rest delivered,
 * rounded to the nearest whole per cent (halves round up).
 */
export function rollup(statuses: readonly Status[]): Rollup {
	const counts: Record<Group, number> = { delivered: 0, in_progress: 0, delayed: 0, cannot_yet_assess: 0 };
	for (const s of statuses) counts[STATUS_INFO[s].group]++;
	const assessable = statuses.length - counts.cannot_yet_assess;
	const delivered = counts.delivered;
	return {
		total: statuses.length,
		counts,
		assessable,
		delivered,
		percent: assessable === 0 ? null : Math.round((100 * delivered) / assessable)
	};
}
