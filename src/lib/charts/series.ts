/**
 * Chart state for a metric series: scales, ticks, labels and a text description. Renders nothing;
 * the SVG view and the Chart.js view both draw from it.
 */
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import type { SeriesMetricFile } from '../content/schema';
import { NOT_PUBLISHED } from '../content/schema';
import { startOf } from '../content/dates';
import { formatNumber, formatPeriod, formatValue, isPercentUnit, PERIOD_KIND_LABEL, r1, shortPeriod } from './format';

export const SERIES_SIZE = { width: 320, height: 230, top: 18, right: 10, bottom: 44, left: 44 };

export interface SeriesPoint {
	period: string;
	label: string;
	short: string;
	value: number | null;
	display: string;
	source?: string;
	note?: string;
	/** centre of the mark on the x axis */
	x: number;
	/** top of the bar, or the dot; null when not published */
	y: number | null;
	/** left edge and height of the bar */
	barX: number;
	barHeight: number;
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
}

type Input = Pick<SeriesMetricFile, 'title' | 'unit' | 'period_kind' | 'values' | 'target'> & { comparable?: boolean };

export function seriesState(m: Input): SeriesState {
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
	let bandwidth = 0;
	if (mark === 'bar') {
		const x = scaleBand<string>().domain(m.values.map((v) => v.period)).range([plot.left, plot.right]).padding(0.25);
		bandwidth = x.bandwidth();
		xOf = (p) => (x(p) ?? 0) + bandwidth / 2;
	} else {
		const times = m.values.map((v) => Date.parse(`${startOf(v.period)}T00:00:00Z`));
		const inset = 24;
		const x = scaleUtc()
			.domain([new Date(Math.min(...times)), new Date(Math.max(...times))])
			.range(times.length > 1 ? [plot.left + inset, plot.right - inset] : [(plot.left + plot.right) / 2, (plot.left + plot.right) / 2]);
		xOf = (p) => x(new Date(`${startOf(p)}T00:00:00Z`));
	}
	const points = m.values.map((v, i): SeriesPoint => ({
		period: v.period,
		label: formatPeriod(v.period, m.period_kind),
		short: shortPeriod(v.period, m.period_kind),
		value: numbers[i],
		display: formatValue(v.value, m.unit),
		source: v.source,
		note: v.note,
		x: r1(xOf(v.period)),
		y: numbers[i] === null ? null : r1(y(numbers[i] as number)),
		barX: r1(xOf(v.period) - bandwidth / 2),
		barHeight: numbers[i] === null ? 0 : r1(plot.bottom - y(numbers[i] as number))
	}));
	let path = '';
	let pen = false;
	// Values that count different things are shown apart, never joined into a trend.
	for (const p of m.comparable === false ? [] : points) {
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
		description: describeSeries(m, points),
		path
	};
}

export function describeSeries(m: Input, points: SeriesPoint[]): string {
	if (!points.length) return `${m.title}: no figures yet.`;
	const first = points[0];
	const last = points[points.length - 1];
	const span = points.length === 1 ? `for ${first.label}` : `from ${first.label} to ${last.label}`;
	const kind = m.period_kind === 'point_in_time' ? 'at the dates shown' : `by ${PERIOD_KIND_LABEL[m.period_kind].toLowerCase().replace(/ \(.*\)/, '')}`;
	// Titles often say the period already ("…, by calendar year"): do not say it twice.
	const saysKind = m.title.toLowerCase().includes(kind.replace(/^by /, ''));
	const parts = [`${m.title}${saysKind ? '' : `, ${kind}`}, ${span}.`];
	const known = points.filter((p) => p.value !== null);
	if (known.length === 1) parts.push(`The only published figure is ${known[0].display} (${known[0].label}).`);
	if (known.length > 1 && m.comparable === false)
		parts.push(`The figures count different things and should not be compared: ${known.map((p) => `${p.display} (${p.label})`).join('; ')}.`);
	else if (known.length > 1) {
		const hi = known.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
		const lo = known.reduce((a, b) => ((b.value as number) < (a.value as number) ? b : a));
		const firstK = known[0];
		const lastK = known[known.length - 1];
		const change = (lastK.value as number) - (firstK.value as number);
		const trend = change === 0 ? 'unchanged' : change > 0 ? `up ${formatValue(change, m.unit)}` : `down ${formatValue(-change, m.unit)}`;
		parts.push(`It went from ${firstK.display} (${firstK.label}) to ${lastK.display} (${lastK.label}), ${trend}.`);
		if (hi !== lastK && hi !== firstK) parts.push(`The highest was ${hi.display} (${hi.label}).`);
		if (lo !== lastK && lo !== firstK) parts.push(`The lowest was ${lo.display} (${lo.label}).`);
	}
	const missing = points.filter((p) => p.value === null).map((p) => p.label);
	if (missing.length) parts.push(`Not published: ${missing.join(', ')}.`);
	if (m.target) parts.push(`The target is ${formatValue(m.target.value, m.unit)}${m.target.by ? ` by ${formatPeriod(m.target.by, 'point_in_time')}` : ''}.`);
	return parts.join(' ');
}
