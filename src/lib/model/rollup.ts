import type { Status } from '../content/schema';
import { STATUS_INFO, type Group } from './status';

export type { Group } from './status';

/** The dashboard's order. */
export const GROUPS: Group[] = ['delivered', 'in_progress', 'ongoing', 'delayed', 'cannot_yet_assess'];
export const GROUP_LABELS: Record<Group, string> = {
	delivered: 'Delivered',
	in_progress: 'In progress',
	ongoing: 'Ongoing',
	delayed: 'Delayed or not delivered',
	cannot_yet_assess: 'Cannot yet assess'
};

/** Used in the addresses of the filtered lists, e.g. /commitments/status/in-progress/ */
export const GROUP_SLUGS: Record<Group, string> = {
	delivered: 'delivered',
	in_progress: 'in-progress',
	ongoing: 'ongoing',
	delayed: 'delayed',
	cannot_yet_assess: 'cannot-yet-assess'
};

export interface RollupInput {
	id: string;
	status: Status;
	/** its published sub-commitments */
	children: string[];
}

export interface Rollup {
	/** every commitment and sub-commitment tracked */
	tracked: number;
	/** the promises counted: each commitment with no sub-commitments, once */
	counted: number;
	/** commitments counted through their sub-commitments instead of themselves */
	countedThrough: string[];
	/** the counted promises by group */
	counts: Record<Group, number>;
	/** counted, less ongoing and cannot yet assess: the promises that can be judged delivered or not */
	assessable: number;
	delivered: number;
	/** delivered ÷ assessable, as a whole percentage (halves round up); null when nothing can be assessed */
	percent: number | null;
}

/**
 * The published roll-up rule. Every promise counts once: a commitment with sub-commitments is
 * counted through its sub-commitments, never as well as them. Ongoing commitments have no end, so
 * they are their own group and are left out of the delivered share, as are those that cannot yet
 * be assessed.
 */
export function rollup(commitments: readonly RollupInput[]): Rollup {
	const counts: Record<Group, number> = { delivered: 0, in_progress: 0, ongoing: 0, delayed: 0, cannot_yet_assess: 0 };
	const counted = commitments.filter((c) => c.children.length === 0);
	for (const c of counted) counts[STATUS_INFO[c.status].group]++;
	const assessable = counted.length - counts.ongoing - counts.cannot_yet_assess;
	return {
		tracked: commitments.length,
		counted: counted.length,
		countedThrough: commitments.filter((c) => c.children.length > 0).map((c) => c.id),
		counts,
		assessable,
		delivered: counts.delivered,
		percent: assessable === 0 ? null : Math.round((100 * counts.delivered) / assessable)
	};
}
