/**
 * Everything that can be embedded on another site: each metric chart, each commitment's status
 * card and each commitment's milestone timeline. Each has a stable address, a data version (so an
 * embed can tell when its figures have changed since it was copied) and a default height.
 */
import { createHash } from 'node:crypto';
import type { Commitment, Content, Metric } from '$lib/content/assemble';
import { formatDate } from '$lib/content/dates';
import { SERIES_SIZE } from '$lib/charts/series';
import { breakdownState } from '$lib/charts/breakdown';
import { timelineState } from '$lib/charts/timeline';

import type { Embeddable } from '$lib/embed';

export type { Embeddable } from '$lib/embed';

export function version(data: unknown): string {
	return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 10);
}

/** Chrome around a chart in an embed (title, description, as-of, sources, table link), in px at about 400 px wide. */
const FRAME = 360;
const SCALE = 1.3;

/** Each is computed once per record: pages, oEmbed and data files all ask for the same ones. */
function once<T extends object>(fn: (x: T) => Embeddable): (x: T) => Embeddable {
	const cache = new WeakMap<T, Embeddable>();
	return (x) => {
		let e = cache.get(x);
		if (!e) cache.set(x, (e = fn(x)));
		return e;
	};
}

export const metricEmbed = once((m: Metric): Embeddable => {
	const { id: _id, file: _file, previous_ids: _p, ...shown } = m;
	const chart = m.type === 'series' ? SERIES_SIZE.height : breakdownState(m).height;
	return {
		kind: 'metric',
		id: m.id,
		title: m.title,
		path: `/embed/metric/${m.id}/`,
		page: `/figures/${m.id}/`,
		version: version(shown),
		as_of: m.type === 'series' ? formatDate(m.values.at(-1)?.period ?? '') : formatDate(m.as_of),
		height: Math.round(FRAME + chart * SCALE)
	};
});

export const commitmentEmbed = once((c: Commitment): Embeddable => {
	const shown = { title: c.title, status: c.status, status_since: c.status_since, progress: c.progress, due: c.due };
	return {
		kind: 'commitment',
		id: c.id,
		title: c.title,
		path: `/embed/commitment/${c.id}/`,
		page: `/commitments/${c.id}/`,
		version: version(shown),
		as_of: formatDate(c.status_since),
		height: c.progress.kind === 'stage' ? 520 + 36 * c.progress.stages.length : 460
	};
});

export const milestonesEmbed = once((c: Commitment): Embeddable => {
	return {
		kind: 'milestones',
		id: c.id,
		title: `Milestones: ${c.title}`,
		path: `/embed/milestones/${c.id}/`,
		page: `/commitments/${c.id}/#milestones`,
		version: version(c.milestones),
		as_of: formatDate([...c.milestones].map((m) => m.date).sort().at(-1) ?? c.made_on),
		height: Math.round(FRAME + timelineState('', c.milestones).height * SCALE)
	};
});

const lists = new WeakMap<Content, Embeddable[]>();

export function embeddables(content: Content): Embeddable[] {
	let list = lists.get(content);
	if (!list) {
		list = [...content.metrics.map(metricEmbed), ...content.commitments.map(commitmentEmbed), ...content.commitments.filter((c) => c.milestones.length).map(milestonesEmbed)];
		lists.set(content, list);
	}
	return list;
}

/** Old ids (previous_ids) and the records that now own them, so old addresses keep working. */
export function movedIds(records: { id: string; previous_ids: string[] }[]): Map<string, string> {
	return new Map(records.flatMap((r) => r.previous_ids.map((old) => [old, r.id] as [string, string])));
}
