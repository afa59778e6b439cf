/**
 * The published records, derived from loaded content at the build date. Everything under embargo
 * is left out here, before anything else is worked out, so no page, data file or feed can show it.
 * These records are what the JSON API publishes; every other derivation starts from them.
 */
import type { Loaded } from '../content/types';
import type { CommitmentFile, MetricFile, Site, Source, Status, UpdateFrontMatter } from '../content/schema';
import { isPublished } from '../content/embargo';
import { startOf } from '../content/dates';
import { renderMarkdown, plainText } from './markdown';
import { overdueDays } from './overdue';

export interface StatusChange {
	date: string;
	update: string;
	from: Status;
	to: Status;
	note?: string;
}

export interface Commitment extends Omit<CommitmentFile, 'status' | 'status_since' | 'publish_at'> {
	id: string;
	status: Status;
	status_since: string;
	/** the status in the commitment file, before any update changed it */
	initial_status: Status;
	status_history: StatusChange[];
	children: string[];
	/** ids of published updates about this commitment, newest first */
	updates: string[];
	last_updated: string;
	overdue_days: number | null;
	/** corrections of this commitment, or of the figures it shows, oldest first */
	corrections: Correction[];
}

/** A published correction: what a figure or statement was, what it is now, and when it changed. */
export interface Correction {
	date: string;
	update: string;
	title: string;
	of: string;
	was: string;
	now: string;
	metric?: string;
	period?: string;
	commitment?: string;
}

export type Metric = MetricFile & { id: string; corrections: Correction[] };

export interface Update extends Omit<UpdateFrontMatter, 'publish_at'> {
	id: string;
	date: string;
	html: string;
	text: string;
}

export interface Records {
	build_date: string;
	site: Site;
	sources: Source[];
	commitments: Commitment[];
	metrics: Metric[];
	/** newest first */
	updates: Update[];
	/** every published correction, newest first */
	corrections: Correction[];
}

export function derive(c: Loaded, buildDate: string): Records {
	const updates: Update[] = c.updates
		.filter((u) => isPublished(u.data.publish_at, buildDate))
		.map(({ id, date, body, data }) => {
			const { publish_at: _embargo, ...front } = data;
			const html = renderMarkdown(body);
			return { ...front, id, date, html, text: plainText(html) };
		})
		.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));

	const corrections: Correction[] = updates.flatMap((u) => (u.correction ? [{ date: u.date, update: u.id, title: u.title, ...u.correction }] : []));
	const oldestFirst = [...corrections].reverse();

	const visible = c.commitments.filter((x) => isPublished(x.data.publish_at, buildDate));
	const visibleIds = new Set(visible.map((x) => x.id));
	// Indexes by commitment, so the work grows with the content rather than with its square.
	const updatesOf = groupBy(updates.flatMap((u) => u.commitments.map((id) => [id, u] as const)));
	const changesOf = groupBy(updates.flatMap((u) => u.status_changes.map((s) => [s.commitment, { date: u.date, update: u.id, from: s.from, to: s.to, note: s.note }] as const)));
	const childrenOf = groupBy(visible.filter((x) => x.data.parent).map((x) => [x.data.parent ?? '', x.id] as const));
	const commitments = visible
		.map(({ id, data }): Commitment => {
			const { status: initial, status_since, publish_at: _embargo, ...rest } = data;
			const history: StatusChange[] = [...(changesOf.get(id) ?? [])].sort((a, b) => a.date.localeCompare(b.date));
			const latest = history[history.length - 1];
			const status = latest?.to ?? initial;
			const mine = updatesOf.get(id) ?? [];
			const since = latest?.date ?? status_since;
			const lastUpdated = [since, mine[0]?.date].filter((d): d is string => !!d).map(startOf).sort().pop() ?? startOf(since);
			return {
				...rest,
				id,
				status,
				status_since: since,
				initial_status: initial,
				status_history: history,
				parent: rest.parent && visibleIds.has(rest.parent) ? rest.parent : undefined,
				children: childrenOf.get(id) ?? [],
				updates: mine.map((u) => u.id),
				last_updated: lastUpdated,
				overdue_days: overdueDays(status, rest.due, buildDate),
				corrections: oldestFirst.filter((k) => k.commitment === id || (k.metric !== undefined && rest.metrics.includes(k.metric)))
			};
		})
		.sort((a, b) => a.title.localeCompare(b.title));

	const metrics: Metric[] = c.metrics
		.map(({ id, data }): Metric => {
			const mine = oldestFirst.filter((k) => k.metric === id);
			if (data.type === 'breakdown') return { ...data, id, corrections: mine };
			const values = data.values
				.filter((v) => isPublished(v.publish_at, buildDate))
				.map(({ publish_at: _embargo, ...v }) => v)
				.sort((a, b) => a.period.localeCompare(b.period));
			return { ...data, values, id, corrections: mine };
		})
		.sort((a, b) => a.title.localeCompare(b.title));

	return { build_date: buildDate, site: c.site.data, sources: c.sources.data, commitments, metrics, updates, corrections };
}

/** Groups [key, value] pairs by key, keeping their order. */
function groupBy<K, V>(pairs: readonly (readonly [K, V])[]): Map<K, V[]> {
	const map = new Map<K, V[]>();
	for (const [k, v] of pairs) {
		const list = map.get(k);
		if (list) list.push(v);
		else map.set(k, [v]);
	}
	return map;
}
