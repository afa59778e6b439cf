/**
 * Chart state for a timeline of milestones: a vertical line of dated events, one row each, with
 * the year shown wherever it changes. Done and to-come are told by shape and by words.
 */
import { scaleLinear } from 'd3-scale';
import { endOf, formatDate, startOf } from '../../content/dates';
import type { Commitment } from '../derive';
import { paths } from '../addresses';
import { wrap } from './format';
import { asOf, citedSources, sourceCell, type FigureContext, type FigureSpec } from './spec';

export interface TimelineInput {
	date: string;
	title: string;
	done: boolean;
}

export interface TimelineRow extends TimelineInput {
	label: string;
	/** top of the row */
	y: number;
	lines: string[];
	year: string | null;
}

export interface TimelineState {
	width: number;
	height: number;
	rows: TimelineRow[];
	description: string;
}

export const TIMELINE = { width: 300, dateLine: 18, textLine: 17, gap: 16, chars: 30 };

export function timelineState(title: string, milestones: TimelineInput[]): TimelineState {
	const sorted = [...milestones].sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)) || a.title.localeCompare(b.title));
	// Rows are as tall as their wrapped text; a linear scale maps row offsets to positions.
	const heights = sorted.map((m) => TIMELINE.dateLine + TIMELINE.textLine * wrap(fullTitle(m), TIMELINE.chars).length + TIMELINE.gap);
	const total = heights.reduce((a, b) => a + b, 0);
	const y = scaleLinear().domain([0, Math.max(1, total)]).range([4, Math.max(1, total) + 4]);
	let offset = 0;
	let lastYear = '';
	const rows = sorted.map((m, i): TimelineRow => {
		const year = m.date.slice(0, 4);
		const row = { date: m.date, title: m.title, done: m.done, label: formatDate(m.date), y: Math.round(y(offset)), lines: wrap(fullTitle(m), TIMELINE.chars), year: year !== lastYear ? year : null };
		offset += heights[i];
		lastYear = year;
		return row;
	});
	const done = sorted.filter((m) => m.done).length;
	const description = sorted.length
		? `${title}: ${sorted.length} milestone${sorted.length === 1 ? '' : 's'} from ${formatDate(sorted[0].date)} to ${formatDate(sorted[sorted.length - 1].date)}; ${done} done, ${sorted.length - done} to come.`
		: `${title}: no milestones yet.`;
	return { width: TIMELINE.width, height: total + 8, rows, description };
}

function fullTitle(m: TimelineInput): string {
	return `${m.done ? '' : 'To come: '}${m.title}`;
}

export type TimelineFigure = FigureSpec<'timeline', TimelineState>;

/** A timeline is as of its latest milestone that has happened: those to come are plans, not evidence. */
const latestDone = (milestones: { date: string; done: boolean }[]): string | undefined =>
	milestones
		.filter((m) => m.done)
		.map((m) => m.date)
		.sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.localeCompare(b))
		.at(-1);

/** A commitment's milestones as a figure. */
export function milestonesFigure(c: Commitment, ctx: FigureContext): TimelineFigure | null {
	if (!c.milestones.length) return null;
	const title = `Milestones: ${c.title}`;
	const s = timelineState(title, c.milestones);
	const last = latestDone(c.milestones) ?? c.made_on;
	return {
		kind: 'timeline',
		name: `milestones-${c.id}`,
		anchor: 'milestones',
		title,
		pageTitle: 'Milestones',
		description: s.description,
		asOf: asOf(ctx, endOf(last), formatDate(last)),
		sources: citedSources(ctx, c.milestones.map((m) => m.source)),
		table: {
			columns: ['Date', 'Milestone', 'Done', 'Source'],
			rows: c.milestones.map((m) => ({ head: { text: formatDate(m.date) }, cells: [{ text: m.title, note: m.note }, { text: m.done ? 'Done' : 'To come' }, sourceCell(ctx, m.source, '')] }))
		},
		state: s,
		interactive: null,
		footnote: null,
		page: `${paths.commitment(c.id)}#milestones`,
		image: true
	};
}

/** Every milestone of every commitment, on one timeline. */
export function allMilestonesFigure(commitments: Commitment[], ctx: FigureContext): TimelineFigure {
	const all = commitments.flatMap((c) => c.milestones.map((m) => ({ ...m, commitment: c })));
	const last = latestDone(all);
	const sorted = [...all].sort((a, b) => startOf(a.date).localeCompare(startOf(b.date)) || a.title.localeCompare(b.title));
	const s = timelineState('All milestones', all.map(({ date, title, done }) => ({ date, title, done })));
	return {
		kind: 'timeline',
		name: 'timeline',
		anchor: 'all-milestones',
		title: 'All milestones',
		pageTitle: 'All milestones',
		description: s.description,
		asOf: last ? asOf(ctx, endOf(last), formatDate(last)) : asOf(ctx, '', 'no milestone yet'),
		sources: citedSources(ctx, all.map((m) => m.source)),
		table: {
			columns: ['Date', 'Milestone', 'Commitment', 'Done', 'Source'],
			rows: sorted.map((m) => ({
				head: { text: formatDate(m.date) },
				cells: [{ text: m.title }, { text: m.commitment.title, href: ctx.href(paths.commitment(m.commitment.id)) }, { text: m.done ? 'Done' : 'To come' }, sourceCell(ctx, m.source, '')]
			}))
		},
		state: s,
		interactive: null,
		footnote: null,
		page: paths.timeline,
		image: false
	};
}
