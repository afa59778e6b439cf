import { getContent } from '$lib/server/content';

export function load() {
	const content = getContent();
	const titles = Object.fromEntries([...content.commitments, ...content.metrics].map((r) => [r.id, r.title]));
	return { corrections: content.corrections, titles };
}
