/**
 * Renames: a record keeps its old ids in `previous_ids`, and every old address keeps answering.
 * This is the one place that knows which ids exist and where an old one leads.
 */
export interface Renamable {
	id: string;
	previous_ids: string[];
}

export interface Found<T> {
	record: T;
	/** true when the id asked for is an old one */
	moved: boolean;
}

/** Every id a record answers to: its id, then its old ones. */
export const idsOf = (r: Renamable): string[] => [r.id, ...r.previous_ids];

/** Every id some record answers to. */
export function allIds(records: readonly Renamable[]): string[] {
	return records.flatMap(idsOf);
}

/** A look-up by current or old id. */
export function finder<T extends Renamable>(records: readonly T[]): (id: string) => Found<T> | undefined {
	const map = new Map<string, Found<T>>();
	for (const r of records) map.set(r.id, { record: r, moved: false });
	for (const r of records) for (const old of r.previous_ids) if (!map.has(old)) map.set(old, { record: r, moved: true });
	return (id) => map.get(id);
}
