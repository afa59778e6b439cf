/**
 * sitemap.xml and robots.txt: every public page at its current address, from the one list of
 * pages. Moved notices, embeds and the not-found page are left out.
 */
import type { Model } from '../model';
import { paths } from '../model/addresses';
import { STATIC_PAGES } from '../model/pages';
import { xml } from './escape';

export function indexedPages(model: Model): string[] {
	return [
		...STATIC_PAGES.map((p) => p.path),
		...model.filters().filter((f) => f.count > 0).map((f) => paths.filter(f.kind, f.slug)),
		...model.commitments.map((c) => paths.commitment(c.id)),
		...model.metrics.map((m) => paths.figure(m.id)),
		...model.updates.map((u) => paths.update(u.id))
	];
}

export function sitemap(model: Model): string {
	const urls = indexedPages(model).map((p) => `  <url><loc>${xml(model.at.url(p))}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robots(model: Model): string {
	return `User-agent: *\nDisallow: ${model.at.href(paths.embeds)}\nDisallow: ${model.at.href(paths.admin)}\nSitemap: ${model.at.url(paths.sitemap)}\n`;
}
