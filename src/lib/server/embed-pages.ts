import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from './content';
import { commitmentEmbed, metricEmbed, milestonesEmbed } from './embeds';
import { movedPage } from './records';
import { sourceIndex } from './select';

/** Embed pages list every current id and every old one, so embeds copied before a rename keep working. */
export function embedEntries(kind: 'metric' | 'commitment' | 'milestones') {
	const content = getContent();
	const records = kind === 'metric' ? content.metrics : kind === 'milestones' ? content.commitments.filter((c) => c.milestones.length) : content.commitments;
	return records.flatMap((r) => [r.id, ...r.previous_ids]).map((id) => ({ id }));
}

export function embedPage(kind: 'metric' | 'commitment' | 'milestones', id: string) {
	const content = getContent();
	const site = siteUrl();
	const common = { site, siteTitle: content.site.title };
	const records = kind === 'metric' ? content.metrics : content.commitments;
	const moved = movedPage<{ id: string; title: string; previous_ids: string[] }>(records, id, (now) => `/embed/${kind}/${now}/`);
	if (moved) return { ...common, moved };
	if (kind === 'metric') {
		const m = content.metrics.find((x) => x.id === id);
		if (!m) error(404, 'No such chart');
		return { ...common, moved: null, embed: metricEmbed(m), metric: m, commitment: null, sources: sourceIndex(content) };
	}
	const c = content.commitments.find((x) => x.id === id);
	if (!c) error(404, 'No such commitment');
	return { ...common, moved: null, embed: kind === 'commitment' ? commitmentEmbed(c) : milestonesEmbed(c), metric: null, commitment: c, sources: sourceIndex(content) };
}
