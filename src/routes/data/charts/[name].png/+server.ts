import { error } from '@sveltejs/kit';
import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { getContent, siteUrl } from '$lib/server/content';
import { chartNames, chartSvg } from '$lib/server/chart-files';

export const prerender = true;
export const entries = () => chartNames(getContent()).map((name) => ({ name }));

// Liberation Sans has Arial's metrics, which the chart layout assumes. Loading two known files is
// far quicker than scanning every system font for each of thousands of charts.
const LIBERATION = ['Regular', 'Bold', 'Italic'].map((w) => `/usr/share/fonts/truetype/liberation/LiberationSans-${w}.ttf`);
const fonts: ResvgRenderOptions['font'] = LIBERATION.every(existsSync)
	? { loadSystemFonts: false, fontFiles: LIBERATION, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
	: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };

/** The chart's SVG drawn at twice its size, off the main thread so charts render in parallel. */
export async function GET({ params }) {
	const svg = chartSvg(getContent(), params.name, siteUrl());
	if (!svg) error(404, 'No such chart');
	const png = (await renderAsync(svg, { fitTo: { mode: 'zoom', value: 2 }, font: fonts })).asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
