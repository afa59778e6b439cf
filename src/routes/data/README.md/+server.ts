import { getContent } from '$lib/server/content';
import { readmeMarkdown } from '$lib/data/readme';

export const prerender = true;
export function GET() {
	const { site, build_date } = getContent();
	return new Response(readmeMarkdown(site.title, site.licence, build_date), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
}
