/**
 * Commitments as lists show them: cards, the filters (each a prerendered page), and the filtered
 * lists themselves.
 */
import type { Site } from '../content/schema';
import type { Commitment } from './derive';
import { paths, type AddressBook, type FilterKind } from './addresses';
import { GROUP_LABELS, GROUP_SLUGS, GROUPS, type Group } from './rollup';
import { STATUS_INFO } from './status';

export interface Link {
	id: string;
	title: string;
	href: string;
}

export interface CommitmentCard {
	id: string;
	href: string;
	title: string;
	summary: string;
	status: Commitment['status'];
	group: Group;
	theme: { id: string; title: string };
	unit: { id: string; title: string } | null;
	parent: Link | null;
	overdue_days: number | null;
	last_updated: string;
}

export function card(c: Commitment, site: Site, byId: (id: string) => Commitment | undefined, at: AddressBook): CommitmentCard {
	const theme = site.themes.find((t) => t.id === c.theme);
	const unit = site.local_units.find((u) => u.id === c.local_unit);
	const parent = c.parent ? byId(c.parent) : undefined;
	return {
		id: c.id,
		href: at.href(paths.commitment(c.id)),
		title: c.title,
		summary: c.summary,
		status: c.status,
		group: STATUS_INFO[c.status].group,
		theme: { id: c.theme, title: theme?.title ?? c.theme },
		unit: unit ? { id: unit.id, title: unit.title } : null,
		parent: parent ? { id: parent.id, title: parent.title, href: at.href(paths.commitment(parent.id)) } : null,
		overdue_days: c.overdue_days,
		last_updated: c.last_updated
	};
}

export interface FilterOption {
	kind: FilterKind;
	slug: string;
	label: string;
	count: number;
	href: string;
	/** a sentence introducing the filtered list */
	intro: string;
	keeps(c: CommitmentCard): boolean;
}

/** Every filter, with how many commitments it keeps: each is a prerendered page, so it works without JavaScript. */
export function filterOptions(cards: CommitmentCard[], site: Site, at: AddressBook): FilterOption[] {
	const option = (kind: FilterKind, slug: string, label: string, intro: string, keeps: (c: CommitmentCard) => boolean): FilterOption => ({
		kind,
		slug,
		label,
		intro,
		keeps,
		count: cards.filter(keeps).length,
		href: at.href(paths.filter(kind, slug))
	});
	return [
		...GROUPS.map((g) =>
			option('status', GROUP_SLUGS[g], GROUP_LABELS[g], `Commitments whose status is ${GROUP_LABELS[g].toLowerCase()}. ${Object.values(STATUS_INFO).filter((s) => s.group === g).map((s) => `${s.label}: ${s.definition}`).join(' ')}`, (c) => c.group === g)
		),
		...site.themes.map((t) => option('theme', t.id, t.title, `Commitments under the theme “${t.title}”.`, (c) => c.theme.id === t.id)),
		...site.local_units.map((u) => option('unit', u.id, u.title, `Commitments for ${u.title}.`, (c) => c.unit?.id === u.id))
	];
}
