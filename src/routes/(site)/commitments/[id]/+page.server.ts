import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { card, sourceIndex, updateItem } from '$lib/server/select';

export function entries() {
	return getContent().commitments.map((c) => ({ id: c.id }));
}

export function load({ params }) {
	const content = getContent();
	const c = content.commitments.find((x) => x.id === params.id);
	if (!c) error(404, 'No commitment has this address');
	const metrics = c.metrics.map((id) => content.metrics.find((m) => m.id === id)).filter((m) => m !== undefined);
	const updates = content.updates.filter((u) => c.updates.includes(u.id));
	const cited = new Set([
		c.made_in,
		...c.sources,
		...c.milestones.map((m) => m.source),
		...c.verification.map((v) => v.source),
		...(c.due?.source ? [c.due.source] : []),
		...(c.progress.kind !== 'not_published' && c.progress.source ? [c.progress.source] : [])
	]);
	return {
		c,
		card: card(content, c),
		unit: content.site.local_units.find((u) => u.id === c.local_unit) ?? null,
		organisation: content.site.organisation,
		build_date: content.build_date,
		children: content.commitments.filter((x) => x.parent === c.id).map((x) => card(content, x)),
		metrics,
		updates: updates.map(updateItem),
		sources: sourceIndex(content),
		cited: content.sources.filter((s) => cited.has(s.id))
	};
}
