import { getContent, siteUrl } from '$lib/server/content';
import { filterOptions } from '$lib/server/select';

export const prerender = true;

/** Every public page at its current address (moved notices and embeds are left out). */
export function GET() {
	const content = getContent();
	const site = siteUrl();
	const paths = [
		'/', '/commitments/', '/timeline/', '/updates/', '/corrections/', '/figures/', '/data/', '/methodology/', '/report-a-concern/', '/sources/', '/accessibility/',
		...filterOptions(content).filter((f) => f.count > 0).map((f) => f.href),
		...content.commitments.map((c) => `/commitments/${c.id}/`),
		...content.metrics.map((m) => `/figures/${m.id}/`),
		...content.updates.map((u) => `/updates/${u.id}/`)
	];
	const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>${site}${p}</loc></url>`).join('\n')}\n</urlset>\n`;
	return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
