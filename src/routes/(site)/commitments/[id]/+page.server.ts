import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { byId, card, sourceIndex, updateItem, updatesOf } from '$lib/server/select';
import { movedPage } from '$lib/server/records';
import { commitmentLinks, metricLinks, milestonesLinks, progressLinks } from '$lib/server/links';

export function entries() {
	return getContent().commitments.flatMap((c) => [c.id, ...c.previous_ids]).map((id) => ({ id }));
}

export function load({ params }) {
	const content = getContent();
	const site = siteUrl();
	const moved = movedPage(content.commitments, params.id, (id) => `/commitments/${id}/`);
	if (moved) return { site, moved, page: null };
	const c = byId(content).commitments.get(params.id);
	if (!c) error(404, 'No commitment has this address');
	const metrics = c.metrics.map((id) => content.metrics.find((m) => m.id === id)).filter((m) => m !== undefined);
	const cited = new Set([
		c.made_in,
		...c.sources,
		...c.milestones.map((m) => m.source),
		...c.verification.map((v) => v.source),
		...(c.due?.source ? [c.due.source] : []),
		...(c.progress.kind !== 'not_published' && c.progress.source ? [c.progress.source] : [])
	]);
	return {
		site,
		moved: null,
		page: {
			c,
			card: card(content, c),
			unit: content.site.local_units.find((u) => u.id === c.local_unit) ?? null,
			organisation: content.site.organisation,
			build_date: content.build_date,
			children: c.children.map((id) => byId(content).commitments.get(id)).filter((x) => x !== undefined).map((x) => card(content, x)),
			metrics: metrics.map((m) => ({ metric: m, links: metricLinks(m, site) })),
			links: { commitment: commitmentLinks(c, site), milestones: milestonesLinks(c, site), progress: progressLinks(c) },
			updates: updatesOf(content, c).map(updateItem),
			sources: sourceIndex(content),
			cited: content.sources.filter((s) => cited.has(s.id))
		}
	};
}
