/**
 * The published records, derived from loaded content at the build date. Everything under embargo
 * is left out here, before anything else is worked out, so no page, data file or feed can show it.
 * These records are what the JSON API publishes; every other derivation starts from them.
 */
import type { Loaded } from '../content/types';
import type { CommitmentFile, MetricFile, Site, Source, Status, UpdateFrontMatter } from '../content/schema';
import { isPublished } from '../content/embargo';
import { startOf } from '../content/dates';
import { daysBetween } from '../content/dates';
import { renderMarkdown, plainText } from './markdown';
import { overdueDays } from './overdue';
import { STATUS_INFO } from './status';
import { olderThan } from './age';

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
	/** the date of the latest evidence about it: its status, an update or an independent assessment */
	evidence_date: string;
	evidence_age_days: number;
	/** the status is not final and its evidence is older than the site's limit */
	evidence_stale: boolean;
	overdue_days: number | null;
	/** days since next_update_due passed with no update; null when it has not passed */
	next_update_overdue_days: number | null;
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

type SeriesFile = Extract<MetricFile, { type: 'series' }>;
/** A metric as published: a series says whether its values may be compared, always. */
export type Metric = (Omit<SeriesFile, 'comparable'> & { comparable: boolean; id: string; corrections: Correction[] }) | (Extract<MetricFile, { type: 'breakdown' }> & { id: string; corrections: Correction[] });

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
			const evidence = [lastUpdated, ...rest.verification.map((v) => v.date)].sort().pop() ?? lastUpdated;
			const nextDue = rest.next_update_due;
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
				evidence_date: evidence,
				evidence_age_days: Math.max(0, daysBetween(evidence, buildDate)),
				evidence_stale: !STATUS_INFO[status].final && olderThan(evidence, buildDate, c.site.data.evidence_limit_months),
				overdue_days: overdueDays(status, rest.due, buildDate),
				next_update_overdue_days: nextDue && nextDue < buildDate && !(mine[0] && mine[0].date >= nextDue) ? daysBetween(nextDue, buildDate) : null,
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
			return { ...data, comparable: comparable(data), values, id, corrections: mine };
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

/**
 * Whether a series' values may be compared: as its file says, or, when it does not say, only if
 * every figure comes from one source. Figures from several sources may measure different things.
 */
export function comparable(m: Pick<SeriesFile, 'comparable' | 'values'>): boolean {
	return m.comparable ?? new Set(m.values.filter((v) => typeof v.value === 'number').map((v) => v.source)).size <= 1;
}
