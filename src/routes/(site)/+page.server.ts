import { getContent, siteUrl } from '$lib/server/content';
import { metricLinks } from '$lib/server/links';
import { card, sourceIndex, updateItem } from '$lib/server/select';
import { GROUP_SLUGS, rollup } from '$lib/model/rollup';

export function load() {
	const content = getContent();
	const { site, commitments, metrics, updates } = content;
	const featured = site.featured_metrics.length ? site.featured_metrics : metrics.slice(0, 2).map((m) => m.id);
	const charts = featured.map((id) => metrics.find((m) => m.id === id)).filter((m) => m !== undefined);
	return {
		site: { title: site.title, description: site.description, organisation: site.organisation },
		rollup: rollup(commitments.map((c) => c.status)),
		groupSlugs: GROUP_SLUGS,
		overdue: commitments.filter((c) => c.overdue_days).map((c) => card(content, c)),
		latest: updates.slice(0, 5).map(updateItem),
		charts: charts.map((m) => ({ metric: m, links: metricLinks(m, siteUrl()) })),
		sources: sourceIndex(content)
	};
}
