/**
 * SVG snapshots of every chart kind, from the fixture content built at a pinned date.
 * A changed chart shows as a diff of tests/build/__snapshots__/*.svg, to be reviewed like code.
 */
import { describe, expect, it } from 'vitest';
import { builtSite, read } from '../helpers/build';
import { GOOD } from '../helpers/fixtures';

function svgOf(html: string, kind: string, n = 0): string {
	const all = [...html.matchAll(new RegExp(`<svg class="chart chart--${kind}"[\\s\\S]*?</svg>`, 'g'))].map((m) => m[0]);
	if (!all[n]) throw new Error(`no ${kind} chart #${n} on the page`);
	// Svelte's hydration comments carry no meaning in a static SVG.
	return all[n].replace(/<!--[\s\S]*?-->/g, '') + '\n';
}

describe('chart SVG', () => {
	const out = builtSite('fixture-before', GOOD, '2026-06-30');
	const review = read(out, 'commitments/independent-review/index.html');
	const posts = read(out, 'commitments/standards-posts/index.html');

	it.each([
		['series-line-with-target', () => svgOf(review, 'series')],
		['series-bars-with-gap', () => svgOf(posts, 'series')],
		['breakdown', () => svgOf(review, 'breakdown')],
		['stage-track', () => svgOf(review, 'stages')],
		['timeline', () => svgOf(review, 'timeline')]
	])('%s', async (name, get) => {
		const svg = get();
		expect(svg).toMatch(/role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"/);
		await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
	});

	it('frames every chart with title, description, as-of date, sources and a data table', () => {
		for (const html of [review, posts]) {
			const frames = [...html.matchAll(/<figure class="chart-frame"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
			expect(frames.length).toBeGreaterThan(0);
			for (const f of frames) {
				expect(f).toMatch(/class="chart-title" id="[^"]+-title"/);
				expect(f).toMatch(/class="chart-desc" id="[^"]+-desc">[^<]{20,}</);
				expect(f).toMatch(/As of [^<]*\d{4}\./);
				expect(f).toMatch(/Sources?:/);
				expect(f).toMatch(/<details class="chart-table"><summary>Show the data as a table[\s\S]*<table/);
				expect(f).toMatch(/<svg class="chart/);
			}
		}
	});

	it('writes "not published" where no source gives a figure, in the chart and the table', () => {
		expect(svgOf(posts, 'series')).toContain('n/p');
		expect(posts).toMatch(/<th scope="row">2021<\/th><td>not published/);
	});
});
