/**
 * Everything that can be embedded on another site: each metric chart, each commitment's status
 * card and each commitment's milestone timeline. Each has a stable address, a data version (so an
 * embed can tell when its figures have changed since it was copied) and a default height.
 */
import { createHash } from 'node:crypto';
import type { Commitment, Metric } from './derive';
import type { Figure } from './figures/registry';
import { paths, TIMELINE_ID, type EmbedKind } from './addresses';
import { STATUS_INFO } from './status';

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

/**
 * An embed's default height, used when the host page drops the resize script: its text counted in
 * lines as a 400 px frame (a phone, a narrow column) wraps it, plus what it draws. Too short, a
 * reader must scroll inside the frame; wider frames wrap less and leave some space below.
 * tests/browser/embed.test.ts renders every embed of the default content at 400 px and checks it fits.
 */
const BODY = { chars: 50, line: 24, gap: 12 };
const TITLE = { chars: 22, line: 31 };
/** The embed's own chrome: padding, the title's margins, the link back to the full page and the tool row. */
const CHROME = 140;
/** A chart's viewBox is 320 wide, drawn about 370 px wide in a 400 px frame. */
const DRAWN = 1.16;

export function embedHeight(title: string, texts: (string | null | undefined)[], drawn: number): number {
	const lines = (text: string, chars: number): number => Math.max(1, Math.ceil(text.length / chars));
	const body = texts.filter((t): t is string => !!t).reduce((sum, t) => sum + lines(t, BODY.chars) * BODY.line + BODY.gap, 0);
	return Math.round(CHROME + lines(title, TITLE.chars) * TITLE.line + body + drawn);
}

/** A source as a citation prints it: title, publisher, date and kind. */
const cited = (f: Figure): string => f.sources.map((s) => `${s.title} (${s.publisher}, 30 September 2025, secondary source)`).join('; ');

/** What a chart's frame says in words, besides its title: the texts an embed of it wraps. */
const frameTexts = (f: Figure, extra: (string | null | undefined)[] = []): (string | null | undefined)[] => [
	f.description,
	`${f.footnote ?? ''} As of ${f.asOf.text}${f.asOf.age ? ` (${f.asOf.age})` : ''}. Sources: ${cited(f) || 'not published'}.`,
	...extra,
	'Data table Download Embed Share'
];

const chartHeight = (f: Figure, extra: (string | null | undefined)[] = []): number => embedHeight(f.title, frameTexts(f, extra), f.state.height * DRAWN);

export function metricEmbed(m: Metric, figure: Figure): Embeddable {
	const { id: _id, previous_ids: _p, ...shown } = m;
	const notes = [m.note, ...m.corrections.map((k) => `Corrected on ${k.update}: this figure was ${k.was} and is now ${k.now}. See the correction.`)];
	return { kind: 'metric', id: m.id, title: m.title, path: paths.embed('metric', m.id), page: paths.figure(m.id), version: version(shown), as_of: figure.asOf.text, height: chartHeight(figure, notes) };
}

/** `madeIn`: the source the commitment was made in, whose title its card cites; `progress`: its progress chart, if drawn. */
export function commitmentEmbed(c: Commitment, asOf: string, madeIn?: { title: string; publisher: string }, progress?: Figure | null): Embeddable {
	const shown = { title: c.title, status: c.status, status_since: c.status_since, progress: c.progress, due: c.due };
	return {
		kind: 'commitment',
		id: c.id,
		title: c.title,
		path: paths.embed('commitment', c.id),
		page: paths.commitment(c.id),
		version: version(shown),
		as_of: asOf,
		// What the card says (components/StatusCard.svelte), with dates at their longest.
		height: embedHeight(
			c.title,
			[
				`Status: ${STATUS_INFO[c.status].label} ${STATUS_INFO[c.status].definition}`,
				`Status as of ${asOf}. The latest evidence is from 30 September 2025 (4 years and 11 months old).${c.evidence_stale ? ' Out of date: nothing newer has been published about it in the last 12 months.' : ''}${c.overdue_days ? ' Overdue by 1000 days.' : ''}`,
				c.summary,
				c.due?.revised ? `Due 30 September 2025 (moved from 30 September 2025: ${c.due.reason}).` : 'Due 30 September 2025.',
				'Progress',
				c.progress.kind === 'not_published' ? `Progress: not published. No source gives a measure of progress. ${c.progress.note ?? ''}` : null,
				...(progress ? [progress.title, ...frameTexts(progress)] : []),
				`Made 30 September 2025 in ${madeIn ? `${madeIn.title} (${madeIn.publisher}, 30 September 2025, secondary source)` : 'a source'}.`
			],
			progress ? progress.state.height * DRAWN : 0
		)
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
