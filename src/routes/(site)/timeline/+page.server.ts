import { getContent } from '$lib/server/content';
import { sourceIndex } from '$lib/server/select';

export function load() {
	const content = getContent();
	const milestones = content.commitments.flatMap((c) =>
		c.milestones.map((m) => ({ ...m, commitment: { id: c.id, title: c.title } }))
	);
	return { milestones, sources: sourceIndex(content, milestones.map((m) => m.source)), build_date: content.build_date };
}
