import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { chartNames, chartSvg } from '$lib/server/chart-files';

export const prerender = true;
export const entries = () => chartNames(getContent()).map((name) => ({ name }));
export function GET({ params }) {
	const svg = chartSvg(getContent(), params.name, siteUrl());
	if (!svg) error(404, 'No such chart');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
