/**
 * Chart state for a breakdown (parts of a whole): one labelled bar per part.
 */
import { scaleLinear } from 'd3-scale';
import type { BreakdownMetricFile } from '../../content/schema';
import { NOT_PUBLISHED } from '../../content/schema';
import { endOf, formatDate } from '../../content/dates';
import type { Metric } from '../derive';
import { paths } from '../addresses';
import { formatValue, r1, wrap } from './format';
import { asOf, citedSources, sourceCell, type FigureContext, type FigureSpec } from './spec';

export const BREAKDOWN_SIZE = { width: 320, line: 18, barHeight: 16, gap: 14, right: 90, chars: 38 };

export interface BreakdownRow {
	label: string;
	value: number | null;
	display: string;
	source?: string;
	note?: string;
	lines: string[];
	/** baseline of the first label line */
	labelY: number;
	barY: number;
	barWidth: number;
}

export interface BreakdownState {
	width: number;
	height: number;
	barHeight: number;
	rows: BreakdownRow[];
	total: number | null;
	description: string;
}

type Input = Pick<BreakdownMetricFile, 'title' | 'unit' | 'parts' | 'total' | 'as_of'>;

export function breakdownState(m: Input): BreakdownState {
	const { width, line, barHeight, gap, right, chars } = BREAKDOWN_SIZE;
	const values = m.parts.map((p) => (p.value === NOT_PUBLISHED ? null : p.value));
	const max = Math.max(1, ...values.filter((v): v is number => v !== null));
	const x = scaleLinear().domain([0, max]).range([0, width - right]);
	let top = 0;
	const rows = m.parts.map((p, i): BreakdownRow => {
		const lines = wrap(p.label, chars);
		const row = {
			label: p.label,
			lines,
			value: values[i],
			display: formatValue(p.value, m.unit),
			source: p.source,
			note: p.note,
			labelY: top + line - 3,
			barY: top + lines.length * line + 2,
			barWidth: values[i] === null ? 0 : r1(Math.max(2, x(values[i] as number)))
		};
		top = row.barY + barHeight + gap;
		return row;
	});
	const total = m.total?.value ?? null;
	return { width, height: top, barHeight, rows, total, description: describeBreakdown(m, rows, total) };
}

export function describeBreakdown(m: Input, rows: BreakdownRow[], total: number | null): string {
	const sorted = [...rows].filter((r) => r.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
	const head = `${m.title}, as at ${formatDate(m.as_of)}${total !== null ? `: ${formatValue(total, m.unit)} in all` : ''}.`;
	const list = rows.map((r) => `${r.label}: ${r.display}`).join('; ');
	const largest = sorted[0] ? ` The largest group is "${sorted[0].label}" (${sorted[0].display}).` : '';
	return `${head}${largest} ${list}.`;
}

export type BreakdownFigure = FigureSpec<'breakdown', BreakdownState>;

/** Parts of a whole as a figure, with the total where one is published. */
export function breakdownFigure(m: Extract<Metric, { type: 'breakdown' }>, ctx: FigureContext): BreakdownFigure {
	const s = breakdownState(m);
	const rows = s.rows.map((r) => ({ head: { text: r.label }, cells: [{ text: r.display, note: r.note }, sourceCell(ctx, r.source)] }));
	if (m.total) rows.push({ head: { text: 'Total' }, cells: [{ text: formatValue(m.total.value, m.unit), note: undefined }, sourceCell(ctx, m.total.source)] });
	return {
		kind: 'breakdown',
		name: `metric-${m.id}`,
		anchor: `metric-${m.id}`,
		title: m.title,
		pageTitle: m.title,
		description: s.description,
		asOf: asOf(ctx, endOf(m.as_of), formatDate(m.as_of)),
		sources: citedSources(ctx, [...m.sources, ...m.parts.map((p) => p.source), m.total?.source]),
		table: { columns: ['Group', 'Value', 'Source'], rows },
		state: s,
		interactive: null,
		footnote: null,
		page: paths.figure(m.id),
		image: true
	};
}
