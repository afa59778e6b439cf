/**
 * Everything that can be embedded on another site: each metric chart, each commitment's status
 * card and each commitment's milestone timeline. Each has a stable address, a data version (so an
 * embed can tell when its figures have changed since it was copied) and a default height.
 */
import { createHash } from 'node:crypto';
import type { Commitment, Metric } from './derive';
import type { Figure } from './figures/registry';
import { paths, TIMELINE_ID, type EmbedKind } from './addresses';

export interface Embeddable {
	kind: EmbedKind;
	id: string;
	title: string;
	/** the embed page, relative to the site root */
	path: string;
	/** the full page it links back to, relative to the site root */
	page: string;
	/** changes when, and only when, what the embed shows changes */
	version: string;
	/** as-of date in words, from the figure or the status */
	as_of: string;
	/** default iframe height in pixels, used when the host page drops the resize script */
	height: number;
}

export function version(data: unknown): string {
	return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 10);
}

/** Chrome around a chart in an embed (title, description, footnote, as-of and its age, sources, note, the tool row), in px at about 400 px wide. */
const FRAME = 450;
const SCALE = 1.3;
const chartHeight = (f: Figure): number => Math.round(FRAME + f.state.height * SCALE);

export function metricEmbed(m: Metric, figure: Figure): Embeddable {
	const { id: _id, previous_ids: _p, ...shown } = m;
	return { kind: 'metric', id: m.id, title: m.title, path: paths.embed('metric', m.id), page: paths.figure(m.id), version: version(shown), as_of: figure.asOf.text, height: chartHeight(figure) };
}

export function commitmentEmbed(c: Commitment, asOf: string): Embeddable {
	const shown = { title: c.title, status: c.status, status_since: c.status_since, progress: c.progress, due: c.due };
	return {
		kind: 'commitment',
		id: c.id,
		title: c.title,
		path: paths.embed('commitment', c.id),
		page: paths.commitment(c.id),
		version: version(shown),
		as_of: asOf,
		height: c.progress.kind === 'stage' ? 520 + 36 * c.progress.stages.length : 460
	};
}

export function milestonesEmbed(c: Commitment, figure: Figure): Embeddable {
	return {
		kind: 'milestones',
		id: c.id,
		title: figure.title,
		path: paths.embed('milestones', c.id),
		page: `${paths.commitment(c.id)}#milestones`,
		version: version(c.milestones),
		as_of: figure.asOf.text,
		height: chartHeight(figure)
	};
}

/** The timeline of every commitment's milestones. */
export function timelineEmbed(figure: Figure): Embeddable {
	return {
		kind: 'timeline',
		id: TIMELINE_ID,
		title: figure.title,
		path: paths.embed('timeline', TIMELINE_ID),
		page: paths.timeline,
		version: version(figure.table),
		as_of: figure.asOf.text,
		height: chartHeight(figure)
	};
}
