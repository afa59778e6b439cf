import { getContent, siteUrl } from '$lib/server/content';
import { sourceIndex } from '$lib/server/select';
import { metricLinks } from '$lib/server/links';

export function load() {
	const content = getContent();
	const site = siteUrl();
	return { figures: content.metrics.map((m) => ({ metric: m, links: metricLinks(m, site) })), sources: sourceIndex(content) };
}
