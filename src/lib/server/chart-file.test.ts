/** The standalone SVG (and so the PNG) of a chart, against the figure its page draws. */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { goodFiles } from '../../../tests/helpers/fixtures';
import { filesModel } from '../../../tests/helpers/model';
import { chartSvg } from './chart-file';
import Chart from '../charts/Chart.svelte';

const model = filesModel(goodFiles(), '2026-06-30');

describe('the standalone chart file says what its page says', () => {
	it.each(['staff-added', 'dismissals-financial-year', 'case-outcomes'])('%s', (id) => {
		const f = model.figureOf(model.metric(id)!.record);
		const svg = chartSvg(model, f);
		const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toContain(`As of ${f.asOf.text}.`);
		for (const s of f.sources) expect(text).toContain(s.title);
		expect(svg).not.toMatch(/undefined|NaN/);
		// The file draws the chart the page draws: the same view, from the same figure.
		const view = render(Chart, { props: { figure: f, labelledby: 'title', describedby: 'desc' } }).body.replace(/<!--[\s\S]*?-->/g, '');
		expect(svg).toContain(view.slice(view.indexOf('>') + 1));
	});
});

