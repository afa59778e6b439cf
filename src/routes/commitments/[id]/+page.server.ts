import { error } from '@sveltejs/kit';
import { getContent } from '$lib/server/content';

export function entries() {
	return getContent().commitments.map((c) => ({ id: c.id }));
}

export function load({ params }) {
	const content = getContent();
	const commitment = content.commitments.find((c) => c.id === params.id);
	if (!commitment) error(404, 'No commitment has this address');
	const cited = new Set([commitment.made_in, ...commitment.sources]);
	return {
		commitment,
		sources: content.sources.filter((s) => cited.has(s.id)),
		updates: content.updates.filter((u) => commitment.updates.includes(u.id))
	};
}
