import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { chartNames, chartSvg } from '$lib/server/chart-files';
import { renderPng } from '$lib/server/png';

export const prerender = true;
export const entries = () => chartNames(getContent()).map((name) => ({ name }));

/** The chart's SVG drawn at twice its size, on a worker thread. */
export async function GET({ params }) {
	const svg = chartSvg(getContent(), params.name, siteUrl());
	if (!svg) error(404, 'No such chart');
	return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'content-type': 'image/png' } });
}
