/**
 * Charts as standalone SVG files for download: the same view the pages draw, rendered on the
 * server from the figure spec, with its title, as-of date, sources and address, and styled with
 * the one chart stylesheet so it looks right wherever it is opened. The PNG route rasterises it.
 */
import { render } from 'svelte/server';
import chartCss from '$lib/charts/chart.css?raw';
import Chart from '$lib/charts/Chart.svelte';
import type { Model } from '$lib/model';
import type { Figure } from '$lib/model/figures/registry';
import { wrap } from '$lib/model/figures/format';
import { xml, xmlMarkup } from '$lib/output/escape';

const PAD = 16;

/** The chart stylesheet with each variable's light value written in, since image viewers and resvg do not read CSS variables. */
const STYLE = chartCss
	.replace(/\/\*[\s\S]*?\*\//g, '')
	.replace(/var\(--[\w-]+,\s*([^)]+)\)/g, '$1')
	.replace(/\s*\n\s*/g, '');

/** The chart stylesheet as a standalone SVG file carries it. */
export const CHART_STYLE = STYLE;

/** The chart itself as SVG markup (the view the pages draw), ready to nest in another SVG file. */
export function chartMarkup(f: Figure): string {
	return xmlMarkup(render(Chart, { props: { figure: f, labelledby: 'title', describedby: 'desc' } }).body.replace(/<!--[\s\S]*?-->/g, ''));
}

/** Nests a chart's markup at (x, y), drawn at width × height. */
export function placed(markup: string, x: number, y: number, width: number, height: number): string {
	return markup.replace(/^<svg([^>]*)viewBox="([^"]+)"([^>]*)>/, (_m, a: string, vb: string, b: string) => `<svg x="${x}" y="${y}" width="${width}" height="${height}"${a.replace(/\s(width|height)="[^"]*"/g, '')}viewBox="${vb}"${b.replace(/\s(width|height)="[^"]*"/g, '')}>`);
}

export function chartSvg(model: Model, f: Figure): string {
	const body = chartMarkup(f);
	const sources = f.sources.map((s) => `${s.title} (${s.publisher})`).join('; ') || 'not published';
	const footer = `${f.footnote ? `${f.footnote} ` : ''}As of ${f.asOf.text}. Source${f.sources.length > 1 ? 's' : ''}: ${sources}. ${model.at.url(f.page)}`;
	const titleLines = wrap(f.title, 32);
	const footLines = wrap(footer, 46);
	const { width: w, height: h } = f.state;
	const top = PAD + titleLines.length * 22 + 8;
	const width = w + PAD * 2;
	const height = top + h + 12 + footLines.length * 16 + PAD;
	const inner = placed(body, PAD, top, w, h);
	return [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" class="chart-file" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
		`<title id="title">${xml(f.title)}</title>`,
		`<desc id="desc">${xml(f.description)}</desc>`,
		`<style>${STYLE}</style>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...titleLines.map((l, i) => `<text class="heading" x="${PAD}" y="${PAD + 16 + i * 22}">${xml(l)}</text>`),
		inner,
		...footLines.map((l, i) => `<text class="foot" x="${PAD}" y="${top + h + 20 + i * 16}">${xml(l)}</text>`),
		`</svg>`,
		''
	].join('\n');
}
