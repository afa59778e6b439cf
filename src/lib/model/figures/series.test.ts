import { describe, expect, it } from 'vitest';
import { seriesFigure, seriesState, SERIES_SIZE } from './series';
import type { SeriesMetricFile } from '../../content/schema';

type V = SeriesMetricFile['values'];
const metric = (over: Partial<Pick<SeriesMetricFile, 'title' | 'unit' | 'period_kind' | 'values' | 'target' | 'comparable'>>) => ({
	title: 'Officers dismissed',
	unit: 'officers',
	period_kind: 'calendar_year' as const,
	values: [
		{ period: '2020', value: 52, source: 's' },
		{ period: '2021', value: 'not published' as const },
		{ period: '2022', value: 84, source: 's' },
		{ period: '2023', value: 113, source: 's' }
	] as V,
	target: undefined,
	...over
});

describe('seriesState', () => {
	it('draws years as bars and dates as a line', () => {
		expect(seriesState(metric({})).mark).toBe('bar');
		expect(seriesState(metric({ period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }] })).mark).toBe('line');
	});

	it('puts bars in period order inside the plot, tallest for the largest value', () => {
		const s = seriesState(metric({}));
		const xs = s.points.map((p) => p.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(Math.min(...xs)).toBeGreaterThan(SERIES_SIZE.left);
		expect(Math.max(...xs)).toBeLessThan(SERIES_SIZE.width - SERIES_SIZE.right);
		const ys = s.points.map((p) => p.y);
		expect(ys[1]).toBeNull();
		expect(ys[3]).toBeLessThan(ys[2] as number);
		expect(ys[2]).toBeLessThan(ys[0] as number);
	});

	it('never joins the line across a figure that is not published', () => {
		const s = seriesState(metric({ period_kind: 'point_in_time', values: [
			{ period: '2021-01', value: 1, source: 's' }, { period: '2021-06', value: 'not published' }, { period: '2022-01', value: 2, source: 's' }, { period: '2022-06', value: 3, source: 's' }
		] }));
		expect(s.path.match(/M/g)).toHaveLength(2);
		expect(s.path.match(/L/g)).toHaveLength(1);
	});

	it('puts figures at dates on a time axis, spaced by time', () => {
		const s = seriesState(metric({ period_kind: 'point_in_time', values: [
			{ period: '2021-01-01', value: 1, source: 's' }, { period: '2021-02-01', value: 1, source: 's' }, { period: '2022-01-01', value: 1, source: 's' }
		] }));
		const [a, b, c] = s.points.map((p) => p.x);
		expect(b - a).toBeLessThan((c - b) / 5);
	});

	it('runs percentages from 0 to 100 and labels ticks with %', () => {
		const s = seriesState(metric({ unit: 'percent', period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }] }));
		expect(s.yTicks.at(-1)?.label).toBe('100%');
		expect(s.yTicks[0].label).toBe('0%');
		expect(s.yAxisLabel).toBe('Per cent');
	});

	it('stretches the axis to show a target above every value', () => {
		const s = seriesState(metric({ target: { value: 200, source: 's' } }));
		expect(s.target?.label).toBe('Target 200');
		expect(s.yTicks.at(-1)?.value).toBeGreaterThanOrEqual(200);
	});

	it.each([
		[
			metric({}),
			'Officers dismissed, by calendar year, from 2020 to 2023. It went from 52 officers (2020) to 113 officers (2023), up 61 officers. Not published: 2021.'
		],
		[
			metric({ title: 'Officers dismissed, by calendar year' }),
			'Officers dismissed, by calendar year, from 2020 to 2023. It went from 52 officers (2020) to 113 officers (2023), up 61 officers. Not published: 2021.'
		],
		[
			metric({ period_kind: 'financial_year', values: [{ period: '2014-15', value: 55, source: 's' }, { period: '2015-16', value: 64, source: 's' }, { period: '2016-17', value: 58, source: 's' }] }),
			'Officers dismissed, by financial year, from April 2014 to March 2017. It went from 55 officers (2014 to 2015) to 58 officers (2016 to 2017), up 3 officers. The highest was 64 officers (2015 to 2016).'
		],
		[
			metric({ unit: 'percent', period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }, { period: '2023-09', value: 51, source: 's' }] }),
			'Officers dismissed, at the dates shown, from December 2021 to September 2023. It went from 51% (December 2021) to 51% (September 2023), unchanged.'
		],
		[
			// A share changes by percentage points: 51% to 46% is not "down 5%" (that would be a tenth).
			metric({ unit: 'percent', period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }, { period: '2022-03', value: 49, source: 's' }, { period: '2023-09', value: 46, source: 's' }] }),
			'Officers dismissed, at the dates shown, from December 2021 to September 2023. It went from 51% (December 2021) to 46% (September 2023), down 5 percentage points.'
		],
		[
			metric({ unit: 'percent', period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }, { period: '2023-09', value: 52, source: 's' }] }),
			'Officers dismissed, at the dates shown, from December 2021 to September 2023. It went from 51% (December 2021) to 52% (September 2023), up 1 percentage point.'
		],
		[
			metric({ unit: 'people', period_kind: 'point_in_time', values: [{ period: '2021-11-01', value: 50, source: 's' }], target: { value: 130, source: 's' } }),
			'Officers dismissed, at the dates shown, for 1 November 2021. The only published figure is 50 people (1 November 2021). The target is 130 people.'
		]
	])('describes the chart in words (%#)', (m, text) => {
		expect(seriesState(m).description).toBe(text);
	});
});

describe('as of', () => {
	type M = Parameters<typeof seriesFigure>[0];
	const figure = (values: V) =>
		seriesFigure({ ...metric({ values }), id: 'x', type: 'series', corrections: [], sources: [] } as unknown as M, {
			source: () => undefined,
			href: (p: string) => p,
			buildDate: '2026-11-24'
		} as unknown as Parameters<typeof seriesFigure>[1]);
	it('is the latest figure published, not a later period that says "not published"', () => {
		const f = figure([{ period: '2022', value: 84, source: 's' }, { period: '2023', value: 113, source: 's' }, { period: '2024', value: 'not published' }] as V);
		expect([f.asOf.text, f.asOf.date]).toEqual(['2023', '2023-12-31']);
	});
	it('is "not published" when no figure is', () => {
		expect(figure([{ period: '2024', value: 'not published' }] as V).asOf.text).toBe('not published');
	});
});

describe('labels of figures at dates close together', () => {
	// December 2021 and March 2022 sit about 18 units apart on a three-year axis: their labels would overlap.
	const s = seriesState(
		metric({
			unit: 'percent',
			period_kind: 'point_in_time',
			comparable: true,
			values: [
				{ period: '2021-12', value: 51, source: 's' },
				{ period: '2022-03', value: 49, source: 's' },
				{ period: '2024-12', value: 46, source: 's' }
			]
		})
	);
	it('leaves out a period label too close to the one before, and always writes the last', () => {
		expect(s.points.map((p) => p.tick)).toEqual([true, false, true]);
	});
	it('writes a figure below its dot when its neighbour is near and at about the same height', () => {
		expect(s.points.map((p) => p.below)).toEqual([false, true, false]);
	});
	it('labels every period when they are far enough apart', () => {
		const far = seriesState(metric({ unit: 'percent', period_kind: 'point_in_time', values: [{ period: '2021-12', value: 51, source: 's' }, { period: '2023-09', value: 49, source: 's' }] }));
		expect(far.points.map((p) => [p.tick, p.below])).toEqual([[true, false], [true, false]]);
	});
});

describe('seriesState for values that count different things', () => {
	const m = {
		title: 'People added',
		unit: 'people',
		period_kind: 'point_in_time' as const,
		comparable: false,
		values: [
			{ period: '2021-11-01', value: 50, source: 's' },
			{ period: '2023-04', value: 150, source: 's' }
		],
		target: undefined
	};
	it('draws no line between them and describes no change', () => {
		const s = seriesState(m);
		expect(s.path).toBe('');
		expect(s.points.every((p) => p.y !== null)).toBe(true);
		expect(s.description).toBe('People added, at the dates shown, from 1 November 2021 to April 2023. These figures may not measure the same thing, so they are shown apart and not compared: 50 people (1 November 2021); 150 people (April 2023).');
	});
});

describe('no trend where there is none', () => {
	// The dashboard's confidence chart as it was: two press reports of what may be two survey measures, both 51%.
	const confidence = metric({
		title: 'Overall confidence in the Met',
		unit: 'percent',
		period_kind: 'point_in_time',
		values: [
			{ period: '2021-12', value: 51, source: 'onlondon-confidence' },
			{ period: '2023-09', value: 51, source: 'city-london-news-trust' }
		]
	});
	it('figures from several sources that do not say they are comparable are never joined or called unchanged', () => {
		const s = seriesState(confidence);
		expect(s.joined).toBe(false);
		expect(s.path).toBe('');
		expect(s.description).not.toMatch(/unchanged|\bup\b|\bdown\b|went from/);
		expect(s.description).toContain('shown apart and not compared');
	});
	it('they are compared only when the file says they measure the same thing', () => {
		const s = seriesState({ ...confidence, comparable: true });
		expect(s.joined).toBe(true);
		expect(s.description).toContain('unchanged');
	});
	it('comparable: false wins even over one source', () => {
		expect(seriesState(metric({ comparable: false })).joined).toBe(false);
	});
	it('one source needs no word: it is compared', () => {
		expect(seriesState(metric({})).joined).toBe(true);
	});
});
