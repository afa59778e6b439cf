import { error } from '@sveltejs/kit';
import { Resvg } from '@resvg/resvg-js';
import { getContent, siteUrl } from '$lib/server/content';
import { chartNames, chartSvg } from '$lib/server/chart-files';

export const prerender = true;
export const entries = () => chartNames(getContent()).map((name) => ({ name }));

/** The chart's SVG drawn at twice its size, with the system's Liberation Sans (Arial-metric) font. */
export function GET({ params }) {
	const svg = chartSvg(getContent(), params.name, siteUrl());
	if (!svg) error(404, 'No such chart');
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: 2 },
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
