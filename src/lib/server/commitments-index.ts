import { error } from '@sveltejs/kit';
import { getContent } from './content';
import { card, filterOptions } from './select';
import { GROUP_SLUGS } from '$lib/model/rollup';
import { STATUS_INFO } from '$lib/model/status';
import { GROUP_LABELS } from '$lib/model/rollup';

type Kind = 'status' | 'theme' | 'unit';

/** The filtered list pages share one shape: pick the filter, list the commitments it keeps. */
export function indexPage(kind: Kind | null, slug: string | null) {
	const content = getContent();
	const filters = filterOptions(content);
	const all = content.commitments.map((c) => card(content, c));
	if (kind === null || slug === null)
		return { title: 'All commitments', intro: `Every commitment and sub-commitment the site tracks, with its status as of the latest published update.`, items: all, filters, active: null };
	const option = filters.find((f) => f.kind === kind && f.slug === slug);
	if (!option) error(404, 'No such filter');
	const keep = all.filter((c) => (kind === 'status' ? GROUP_SLUGS[c.group] === slug : kind === 'theme' ? c.theme.id === slug : c.unit?.id === slug));
	const intro =
		kind === 'status'
			? `Commitments whose status is ${option.label.toLowerCase()}. ${Object.values(STATUS_INFO).filter((s) => GROUP_LABELS[s.group] === option.label).map((s) => `${s.label}: ${s.definition}`).join(' ')}`
			: kind === 'theme'
				? `Commitments under the theme “${option.label}”.`
				: `Commitments for ${option.label}.`;
	return { title: `${option.label}`, intro, items: keep, filters, active: { kind, slug } };
}

export function filterEntries(kind: Kind) {
	return filterOptions(getContent())
		.filter((f) => f.kind === kind && f.count > 0)
		.map((f) => ({ slug: f.slug }));
}
