import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { sourceIndex } from '$lib/server/select';
import { movedPage } from '$lib/server/records';
import { metricLinks } from '$lib/server/links';

export function entries() {
	return getContent().metrics.flatMap((m) => [m.id, ...m.previous_ids]).map((id) => ({ id }));
}

export function load({ params }) {
	const content = getContent();
	const site = siteUrl();
	const moved = movedPage(content.metrics, params.id, (id) => `/figures/${id}/`);
	if (moved) return { site, moved, page: null };
	const m = content.metrics.find((x) => x.id === params.id);
	if (!m) error(404, 'No figure has this address');
	return {
		site,
		moved: null,
		page: {
			metric: m,
			links: metricLinks(m, site),
			usedBy: content.commitments.filter((c) => c.metrics.includes(m.id)).map((c) => ({ id: c.id, title: c.title })),
			sources: sourceIndex(content)
		}
	};
}
