/**
 * Small selections shared by routes: they shape loaded content for a page and compute nothing new.
 */
import type { Commitment, Content, Update } from '$lib/content/assemble';
import type { Source } from '$lib/content/schema';
import { GROUP_LABELS, GROUP_SLUGS, GROUPS, type Group } from '$lib/model/rollup';
import { STATUS_INFO } from '$lib/model/status';

export function sourceIndex(content: Content, ids?: Iterable<string>): Record<string, Source> {
	const wanted = ids ? new Set(ids) : undefined;
	return Object.fromEntries(content.sources.filter((s) => !wanted || wanted.has(s.id)).map((s) => [s.id, s]));
}

export interface CommitmentCard {
	id: string;
	title: string;
	summary: string;
	status: Commitment['status'];
	group: Group;
	theme: { id: string; title: string };
	unit: { id: string; title: string } | null;
	parent: { id: string; title: string } | null;
	overdue_days: number | null;
	last_updated: string;
}

export function card(content: Content, c: Commitment): CommitmentCard {
	const theme = content.site.themes.find((t) => t.id === c.theme);
	const unit = content.site.local_units.find((u) => u.id === c.local_unit);
	const parent = c.parent ? byId(content).commitments.get(c.parent) : undefined;
	return {
		id: c.id,
		title: c.title,
		summary: c.summary,
		status: c.status,
		group: STATUS_INFO[c.status].group,
		theme: { id: c.theme, title: theme?.title ?? c.theme },
		unit: unit ? { id: unit.id, title: unit.title } : null,
		parent: parent ? { id: parent.id, title: parent.title } : null,
		overdue_days: c.overdue_days,
		last_updated: c.last_updated
	};
}

export interface FilterOption {
	kind: 'status' | 'theme' | 'unit';
	slug: string;
	label: string;
	count: number;
	href: string;
}

/** Every filter, with how many commitments it keeps: each is a prerendered page, so it works without JavaScript. */
export function filterOptions(content: Content): FilterOption[] {
	const cs = content.commitments;
	return [
		...GROUPS.map((g) => ({
			kind: 'status' as const,
			slug: GROUP_SLUGS[g],
			label: GROUP_LABELS[g],
			count: cs.filter((c) => STATUS_INFO[c.status].group === g).length,
			href: `/commitments/status/${GROUP_SLUGS[g]}/`
		})),
		...content.site.themes.map((t) => ({
			kind: 'theme' as const,
			slug: t.id,
			label: t.title,
			count: cs.filter((c) => c.theme === t.id).length,
			href: `/commitments/theme/${t.id}/`
		})),
		...content.site.local_units.map((u) => ({
			kind: 'unit' as const,
			slug: u.id,
			label: u.title,
			count: cs.filter((c) => c.local_unit === u.id).length,
			href: `/commitments/unit/${u.id}/`
		}))
	];
}

/** An update as listed: its summary, or the start of its text when it has none. */
export function updateItem({ id, title, date, summary, text }: Update) {
	return { id, title, date, summary: summary ?? (text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, '')}…` : text) };
}

const indexes = new WeakMap<Content, { updates: Map<string, Update>; commitments: Map<string, Commitment> }>();

/** Look-ups by id, built once per build: pages ask for them thousands of times on large sites. */
export function byId(content: Content) {
	let index = indexes.get(content);
	if (!index) {
		index = { updates: new Map(content.updates.map((u) => [u.id, u])), commitments: new Map(content.commitments.map((c) => [c.id, c])) };
		indexes.set(content, index);
	}
	return index;
}

/** A commitment's published updates, newest first. */
export function updatesOf(content: Content, c: Commitment): Update[] {
	const { updates } = byId(content);
	return c.updates.map((id) => updates.get(id)).filter((u): u is Update => u !== undefined);
}
