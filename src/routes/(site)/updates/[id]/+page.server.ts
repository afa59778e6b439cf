import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';
import { sourceIndex } from '$lib/server/select';

export function entries() {
	return getContent().updates.map((u) => ({ id: u.id }));
}

export function load({ params }) {
	const content = getContent();
	const u = content.updates.find((x) => x.id === params.id);
	if (!u) error(404, 'No update has this address');
	const titles = Object.fromEntries(content.commitments.map((c) => [c.id, c.title]));
	return {
		u: { id: u.id, title: u.title, date: u.date, summary: u.summary, html: u.html, status_changes: u.status_changes, correction: u.correction },
		commitments: u.commitments.map((id) => ({ id, title: titles[id] ?? id })),
		titles,
		sources: Object.values(sourceIndex(content, u.sources))
	};
}
