import { getContent } from '$lib/server/content';

export function load() {
	const { site, commitments } = getContent();
	return {
		site: { title: site.title, description: site.description },
		commitments: commitments
			.filter((c) => !c.parent)
			.map(({ id, title, summary, status, children }) => ({ id, title, summary, status, children: children.length }))
	};
}
