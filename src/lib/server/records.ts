import { error } from '@sveltejs/kit';
import type { Commitment, Metric } from '$lib/content/assemble';
import { getContent } from './content';
import { movedIds } from './embeds';

/** Every id a data address answers to: current ids and old ones (previous_ids). */
export function recordEntries(records: { id: string; previous_ids: string[] }[]) {
	return records.flatMap((r) => [r.id, ...r.previous_ids]).map((id) => ({ id }));
}

function follow<T extends { id: string; previous_ids: string[] }>(list: T[], id: string): T {
	const current = movedIds(list).get(id) ?? id;
	const record = list.find((r) => r.id === current);
	if (!record) error(404, `No such record: ${id}`);
	return record;
}

/** The commitment an id names, following a rename: old data addresses serve the same data. */
export const findCommitment = (id: string): Commitment => follow(getContent().commitments, id);
export const findMetric = (id: string): Metric => follow(getContent().metrics, id);

/**
 * When `id` is an old id (previous_ids), what an old page shows: the new address (from `path`) and
 * the title of the record that now owns it. Undefined when the id is current or unknown.
 */
export function movedPage<T extends { id: string; title: string; previous_ids: string[] }>(list: T[], id: string, path: (id: string) => string) {
	const now = movedIds(list).get(id);
	if (now === undefined) return undefined;
	return { to: path(now), title: list.find((r) => r.id === now)?.title ?? now };
}
