/**
 * Chart snapshots, drawn from figure state with no build: one per kind and shape, pretty-printed
 * so a change shows as a readable diff of src/lib/charts/__snapshots__/. A missing snapshot fails:
 * write new ones on purpose with UPDATE_SNAPSHOTS=1 and review them like code.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { goodFiles } from '../../../tests/helpers/fixtures';
import { filesModel } from '../../../tests/helpers/model';
import { pretty } from '../../../tests/helpers/pretty';
import { CHART_KINDS, type Figure } from '../model/figures/registry';
import Chart from './Chart.svelte';

const model = filesModel(goodFiles(), '2026-06-30');
const metric = (id: string): Figure => model.figureOf(model.metric(id)!.record);
const review = model.figuresOf(model.commitment('independent-review')!.record);
const SNAPSHOTS = join(import.meta.dirname, '__snapshots__');

const cases: [string, () => Figure | undefined][] = [
	['series-line-with-target', () => metric('staff-added')],
	['series-bars-with-gap', () => metric('dismissals-by-year')],
	['series-financial-year', () => metric('dismissals-financial-year')],
	['breakdown', () => metric('case-outcomes')],
	['stages', () => review.progress],
	['timeline', () => review.milestones],
	['timeline-all-milestones', () => model.allMilestones()]
];

describe('chart views', () => {
	it.each(cases)('%s', (name, get) => {
		const figure = get();
		if (!figure) throw new Error(`no figure for ${name}`);
		const svg = pretty(render(Chart, { props: { figure, labelledby: 't', describedby: 'd' } }).body);
		expect(svg).toMatch(/^<svg class="chart chart--\w+" viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?" role="img" aria-labelledby="t" aria-describedby="d">/);
		const file = join(SNAPSHOTS, `${name}.svg`);
		if (!existsSync(file)) {
			if (!process.env.UPDATE_SNAPSHOTS) throw new Error(`missing snapshot ${file}: write it with UPDATE_SNAPSHOTS=1, then review it`);
			writeFileSync(file, svg);
		}
		if (process.env.UPDATE_SNAPSHOTS) writeFileSync(file, svg);
		expect(svg).toBe(readFileSync(file, 'utf8'));
	});

	it('every snapshot on disk has a case, so none is left unchecked', () => {
		expect(readdirSync(SNAPSHOTS).sort()).toEqual(cases.map(([n]) => `${n}.svg`).sort());
	});

	it('every chart kind has its view, and every view a kind', () => {
		const views = readdirSync(join(import.meta.dirname, 'views')).map((f) => f.replace(/\.svelte$/, ''));
		expect(views.sort()).toEqual(Object.keys(CHART_KINDS).sort());
	});
});
