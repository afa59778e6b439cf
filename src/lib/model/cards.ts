/**
 * Commitments as lists show them: cards, the filters (each a prerendered page), and the filtered
 * lists themselves.
 */
import type { Site } from '../content/schema';
import { formatDate, startOf } from '../content/dates';
import type { Commitment } from './derive';
import { paths, type AddressBook, type FilterKind, type SortKey } from './addresses';
import { GROUP_LABELS, GROUP_SLUGS, GROUPS, type Group } from './rollup';
import { STATUS_INFO } from './status';
import { ageText } from './age';

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
	made_on: string;
	/** the latest evidence about it, how old it is, and whether that is older than the site's limit */
	evidence: Evidence;
	/** days since an update was due, with none published */
	next_update_overdue_days: number | null;
}

export interface Evidence {
	date: string;
	text: string;
	age: string;
	stale: boolean;
	limit_months: number;
}

export function evidenceOf(c: Commitment, site: Site, buildDate: string): Evidence {
	const age = ageText(c.evidence_date, buildDate);
	return { date: c.evidence_date, text: formatDate(c.evidence_date), age: age === 'from today' ? 'from today' : `${age} old`, stale: c.evidence_stale, limit_months: site.evidence_limit_months };
}

export function card(c: Commitment, site: Site, byId: (id: string) => Commitment | undefined, at: AddressBook, buildDate: string): CommitmentCard {
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
		last_updated: c.last_updated,
		made_on: c.made_on,
		evidence: evidenceOf(c, site, buildDate),
		next_update_overdue_days: c.next_update_overdue_days
	};
}

/** The orders a list can be read in, each a prerendered page. */
export const SORTS: Record<SortKey, { label: string; compare: (a: CommitmentCard, b: CommitmentCard) => number }> = {
	status: { label: 'Status', compare: (a, b) => STATUS_ORDER.indexOf(a.group) - STATUS_ORDER.indexOf(b.group) || a.title.localeCompare(b.title) },
	made: { label: 'Date made, oldest first', compare: (a, b) => startOf(a.made_on).localeCompare(startOf(b.made_on)) || a.title.localeCompare(b.title) },
	evidence: { label: 'Latest evidence, oldest first', compare: (a, b) => a.evidence.date.localeCompare(b.evidence.date) || a.title.localeCompare(b.title) }
};

/** Read by status, what most needs attention comes first. */
const STATUS_ORDER: Group[] = ['delayed', 'in_progress', 'ongoing', 'cannot_yet_assess', 'delivered'];

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
