/**
 * Chart state for a metric series: scales, ticks, labels and a text description. Renders nothing;
 * the SVG view and the Chart.js view both draw from it.
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import type { SeriesMetricFile } from '../../content/schema';
import { NOT_PUBLISHED } from '../../content/schema';
import { startOf } from '../../content/dates';
import { comparable, type Metric } from '../derive';
import { paths } from '../addresses';
import { formatChange, formatNumber, formatPeriod, formatSpan, formatValue, isPercentUnit, markValue, PERIOD_KIND_LABEL, periodEnd, r1, shortPeriod } from './format';
import { asOf, citedSources, sourceCell, type FigureContext, type FigureSpec } from './spec';

export const SERIES_SIZE = { width: 320, height: 230, top: 26, right: 10, bottom: 44, left: 44 };

export interface SeriesPoint {
	period: string;
	label: string;
	short: string;
	value: number | null;
	display: string;
	/** the figure as written at its mark */
	mark: string;
	source?: string;
	note?: string;
	/** centre of the mark on the x axis */
	x: number;
	/** where the mark sits in data terms: a time in milliseconds (figures at dates) or the period's index (years) */
	t: number;
	/** top of the bar, or the dot; null when not published */
	y: number | null;
	/** left edge and height of the bar */
	barX: number;
	barHeight: number;
	/** its period is written under the axis (figures at dates too close together are not all labelled) */
	tick: boolean;
	/** its figure is written below the mark, not above, so as not to run into its neighbour's */
	below: boolean;
}

export interface SeriesState {
	mark: 'bar' | 'line';
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	bandwidth: number;
	points: SeriesPoint[];
	yTicks: { value: number; y: number; label: string }[];
	target: { value: number; y: number; label: string } | null;
	xAxisLabel: string;
	yAxisLabel: string;
	description: string;
	/** the SVG path of the line through published values; gaps where a value is not published */
	path: string;
	/** the x and y domains in data terms, for the interactive view */
	tDomain: [number, number];
	yMax: number;
	/** false when the values count different things: drawn apart, never joined or described as a change */
	joined: boolean;
}

type Input = Pick<SeriesMetricFile, 'title' | 'unit' | 'period_kind' | 'values' | 'target' | 'comparable'>;

export function seriesState(m: Input): SeriesState {
	// Values that may not measure the same thing are shown apart, never joined into a trend.
	const joined = comparable(m);
	const { width, height, top, right, bottom, left } = SERIES_SIZE;
	const plot = { left, right: width - right, top, bottom: height - bottom };
	const percent = isPercentUnit(m.unit);
	const numbers = m.values.map((v) => (v.value === NOT_PUBLISHED ? null : v.value));
	const known = numbers.filter((n): n is number => n !== null);
	const maxValue = Math.max(0, ...known, m.target?.value ?? 0);
	const y = scaleLinear()
		.domain([0, percent ? 100 : maxValue || 1])
		.range([plot.bottom, plot.top])
		.nice(5);
	// Years are evenly spaced categories; figures at dates sit on a true time axis.
	const mark = m.period_kind === 'point_in_time' ? 'line' : 'bar';
	let xOf: (period: string) => number;
	let tOf: (period: string, i: number) => number;
	let tDomain: [number, number];
	let bandwidth = 0;
	if (mark === 'bar') {
		const x = scaleBand<string>().domain(m.values.map((v) => v.period)).range([plot.left, plot.right]).padding(0.25);
		bandwidth = x.bandwidth();
		xOf = (p) => (x(p) ?? 0) + bandwidth / 2;
		tOf = (_p, i) => i;
		tDomain = [-0.5, m.values.length - 0.5];
	} else {
		const time = (p: string): number => Date.parse(`${startOf(p)}T00:00:00Z`);
		const times = m.values.map((v) => time(v.period));
		const inset = 24;
		const [lo, hi] = [Math.min(...times), Math.max(...times)];
		const x = scaleUtc()
			.domain([new Date(lo), new Date(hi)])
			.range(times.length > 1 ? [plot.left + inset, plot.right - inset] : [(plot.left + plot.right) / 2, (plot.left + plot.right) / 2]);
		xOf = (p) => x(new Date(time(p)));
		tOf = (p) => time(p);
		// The same inset as the SVG, in time: the interactive axis shows the same span.
		const pad = hi > lo ? ((hi - lo) * inset) / (plot.right - plot.left - 2 * inset) : 180 * 86_400_000;
		tDomain = [lo - pad, hi + pad];
	}
	const points = m.values.map((v, i): SeriesPoint => ({
		period: v.period,
		label: formatPeriod(v.period, m.period_kind),
		short: shortPeriod(v.period, m.period_kind),
		value: numbers[i],
		display: formatValue(v.value, m.unit),
		mark: markValue(v.value, m.unit),
		source: v.source,
		note: v.note,
		x: r1(xOf(v.period)),
		t: tOf(v.period, i),
		y: numbers[i] === null ? null : r1(y(numbers[i] as number)),
		barX: r1(xOf(v.period) - bandwidth / 2),
		barHeight: numbers[i] === null ? 0 : r1(plot.bottom - y(numbers[i] as number)),
		tick: true,
		below: false
	}));
	if (mark === 'line') spaceLabels(points);
	let path = '';
	let pen = false;
	for (const p of joined ? points : []) {
		if (p.y === null) {
			pen = false;
			continue;
		}
		path += `${pen ? 'L' : 'M'}${p.x},${p.y}`;
		pen = true;
	}
	const fmtTick = (n: number): string => (percent ? `${formatNumber(n)}%` : formatNumber(n));
	return {
		mark,
		width,
		height,
		plot,
		bandwidth: r1(bandwidth),
		points,
		yTicks: y.ticks(5).map((t) => ({ value: t, y: r1(y(t)), label: fmtTick(t) })),
		target: m.target ? { value: m.target.value, y: r1(y(m.target.value)), label: `Target ${fmtTick(m.target.value)}` } : null,
		xAxisLabel: PERIOD_KIND_LABEL[m.period_kind],
		yAxisLabel: percent ? 'Per cent' : m.unit.charAt(0).toUpperCase() + m.unit.slice(1),
		description: describeSeries(m, points, joined),
		path,
		tDomain,
		yMax: y.domain()[1],
		joined
	};
}

/** About the width of "Nov 2021" and of "51%" at the chart's type size, in viewBox units. */
const TICK_GAP = 52;
const MARK_GAP = 30;

/**
 * Figures at dates can sit close together (December 2021 and March 2022): their period labels
 * would print over each other, so a label closer than TICK_GAP to the last one written is left out
 * (the last period is always written, the data table lists every one); and a figure's label goes
 * below its dot when the one before it is near and at about the same height.
 */
export function spaceLabels(points: SeriesPoint[]): void {
	let kept: SeriesPoint | null = null;
	for (const p of points) {
		p.tick = !kept || p.x - kept.x >= TICK_GAP;
		if (p.tick) kept = p;
	}
	const last = points[points.length - 1];
	if (last && !last.tick) {
		last.tick = true;
		const before = points.slice(0, -1).filter((p) => p.tick).pop();
		// Two labels too close: the earlier one gives way, unless it is the first, which then stands alone.
		if (before && last.x - before.x < TICK_GAP) (before === points[0] ? last : before).tick = false;
	}
	for (let i = 1; i < points.length; i++) {
		const [a, b] = [points[i - 1], points[i]];
		if (a.y === null || b.y === null) continue;
		b.below = !a.below && b.x - a.x < MARK_GAP && Math.abs(b.y - a.y) < 14;
	}
}

export function describeSeries(m: Input, points: SeriesPoint[], joined: boolean): string {
	if (!points.length) return `${m.title}: no figures yet.`;
	const first = points[0];
	const last = points[points.length - 1];
	const span = points.length === 1 ? `for ${first.label}` : formatSpan(first.period, last.period, m.period_kind);
	const kind = m.period_kind === 'point_in_time' ? 'at the dates shown' : `by ${PERIOD_KIND_LABEL[m.period_kind].toLowerCase().replace(/ \(.*\)/, '')}`;
	// Titles often say the period already ("…, by calendar year"): do not say it twice.
	const saysKind = m.title.toLowerCase().includes(kind.replace(/^by /, ''));
	const parts = [`${m.title}${saysKind ? '' : `, ${kind}`}, ${span}.`];
	const known = points.filter((p) => p.value !== null);
	if (known.length === 1) parts.push(`The only published figure is ${known[0].display} (${known[0].label}).`);
	if (known.length > 1 && !joined)
		parts.push(`These figures may not measure the same thing, so they are shown apart and not compared: ${known.map((p) => `${p.display} (${p.label})`).join('; ')}.`);
	else if (known.length > 1) {
		const hi = known.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
		const lo = known.reduce((a, b) => ((b.value as number) < (a.value as number) ? b : a));
		const firstK = known[0];
		const lastK = known[known.length - 1];
		const change = (lastK.value as number) - (firstK.value as number);
		const trend = change === 0 ? 'unchanged' : change > 0 ? `up ${formatChange(change, m.unit)}` : `down ${formatChange(-change, m.unit)}`;
		parts.push(`It went from ${firstK.display} (${firstK.label}) to ${lastK.display} (${lastK.label}), ${trend}.`);
		if (hi !== lastK && hi !== firstK) parts.push(`The highest was ${hi.display} (${hi.label}).`);
		if (lo !== lastK && lo !== firstK) parts.push(`The lowest was ${lo.display} (${lo.label}).`);
	}
	const missing = points.filter((p) => p.value === null).map((p) => p.label);
	if (missing.length) parts.push(`Not published: ${missing.join(', ')}.`);
	if (m.target) parts.push(`The target is ${formatValue(m.target.value, m.unit)}${m.target.by ? ` by ${formatPeriod(m.target.by, 'point_in_time')}` : ''}.`);
	return parts.join(' ');
}

export type SeriesFigure = FigureSpec<'series', SeriesState>;

/** A metric series as a figure: bars for years, a line (or separate points) for figures at dates. */
export function seriesFigure(m: Extract<Metric, { type: 'series' }>, ctx: FigureContext): SeriesFigure {
	const s = seriesState(m);
	// As of the latest figure published: a last period that says "not published" is not evidence of anything.
	const last = s.points.filter((p) => p.value !== null).at(-1);
	const corrected = new Set(m.corrections.map((k) => k.period));
	const rows = s.points.map((p) => ({
		head: { text: p.label },
		cells: [{ text: p.display, flag: corrected.has(p.period) ? '(corrected)' : undefined, note: p.note }, sourceCell(ctx, p.source)]
	}));
	if (m.target) rows.push({ head: { text: 'Target' }, cells: [{ text: formatValue(m.target.value, m.unit), flag: undefined, note: m.target.note }, sourceCell(ctx, m.target.source)] });
	return {
		kind: 'series',
		name: `metric-${m.id}`,
		anchor: `metric-${m.id}`,
		title: m.title,
		pageTitle: m.title,
		description: s.description,
		asOf: last ? asOf(ctx, periodEnd(last.period, m.period_kind), last.label) : asOf(ctx, '', 'not published'),
		sources: citedSources(ctx, [...m.sources, ...m.values.map((v) => v.source), m.target?.source]),
		table: { columns: [s.xAxisLabel, 'Value', 'Source'], rows },
		state: s,
		interactive: {
			type: s.mark,
			title: m.title,
			x: s.mark === 'line' ? 'time' : 'category',
			points: s.points.map((p) => ({ x: p.t, y: p.value, label: p.label, short: p.short, display: p.display, mark: p.mark })),
			xTicks: s.points.map((p) => ({ value: p.t, label: p.short })),
			xDomain: s.tDomain,
			yMax: s.yMax,
			yLabel: s.yAxisLabel,
			xLabel: s.xAxisLabel,
			target: s.target && m.target ? { value: s.target.value, label: `Target: ${formatValue(m.target.value, m.unit)}` } : null,
			joined: s.joined
		},
		footnote: s.points.some((p) => p.value === null) ? 'n/p: not published.' : null,
		page: paths.figure(m.id),
		image: true
	};
}
