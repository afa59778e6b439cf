import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { byId, sourceIndex } from '$lib/server/select';

export function entries() {
	return getContent().updates.map((u) => ({ id: u.id }));
}

export function load({ params }) {
	const content = getContent();
	const index = byId(content);
	const u = index.updates.get(params.id);
	if (!u) error(404, 'No update has this address');
	// Only the titles this page shows: page data is serialised for every one of thousands of updates.
	const ids = new Set([...u.commitments, ...u.status_changes.map((s) => s.commitment)]);
	const titles = Object.fromEntries([...ids].map((id) => [id, index.commitments.get(id)?.title ?? id]));
	return {
		u: { id: u.id, title: u.title, date: u.date, summary: u.summary, html: u.html, status_changes: u.status_changes, correction: u.correction },
		commitments: u.commitments.map((id) => ({ id, title: titles[id] })),
		titles,
		sources: Object.values(sourceIndex(content, u.sources))
	};
}
