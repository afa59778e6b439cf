/**
 * Chart state for a timeline of milestones: a vertical line of dated events, one row each, with
 * the year shown wherever it changes. Done and to-come are told by shape and by words.
 */
import { scaleLinear } from 'd3-scale';
import { formatDate, startOf } from '../content/dates';
import { wrap } from './format';

export interface TimelineInput {
	date: string;
	title: string;
	done: boolean;
	/** on the combined timeline: the commitment the milestone belongs to */
	context?: string;
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
		const row = { ...m, label: formatDate(m.date), y: Math.round(y(offset)), lines: wrap(fullTitle(m), TIMELINE.chars), year: year !== lastYear ? year : null };
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
