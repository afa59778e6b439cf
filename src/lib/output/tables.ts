/**
 * The downloadable tables: each column defined once, with its meaning, so the CSV files, the JSON
 * API and the data README can never disagree.
 */
import type { Commitment, Metric, Model } from '../model';
import { NOT_PUBLISHED } from '../content/schema';
import { paths, type AddressBook } from '../model/addresses';
import { csvCell } from './escape';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
	name: string;
	meaning: string;
}

export interface Table {
	name: string;
	title: string;
	description: string;
	columns: Column[];
}

export const TABLES: Record<'commitments' | 'milestones' | 'verification' | 'status_changes' | 'metric_values' | 'updates' | 'sources', Table> = {
	commitments: {
		name: 'commitments',
		title: 'Commitments',
		description: 'One row per commitment or sub-commitment, with its status as of the build date.',
		columns: [
			{ name: 'id', meaning: 'Stable identifier; also the last part of the commitment page address.' },
			{ name: 'title', meaning: 'What was promised, in a few words.' },
			{ name: 'status', meaning: 'One of planned, in_progress, delivered, ongoing, delayed, not_delivered, cannot_yet_assess (defined on the methodology page).' },
			{ name: 'status_since', meaning: 'Date (YYYY-MM-DD, YYYY-MM or YYYY) from which the status holds.' },
			{ name: 'theme', meaning: 'Theme id (see site settings in dataset.json).' },
			{ name: 'lead', meaning: 'The role responsible, as published.' },
			{ name: 'made_on', meaning: 'When the commitment was made.' },
			{ name: 'made_in', meaning: 'Id of the source in which it was made (see sources.csv).' },
			{ name: 'parent', meaning: 'For a sub-commitment, the id of the commitment it belongs to; empty otherwise.' },
			{ name: 'local_unit', meaning: 'Id of the local unit it concerns; empty if force-wide.' },
			{ name: 'due_original', meaning: 'The first published due date; empty if none was published.' },
			{ name: 'due_revised', meaning: 'The revised due date, if the date moved; empty otherwise.' },
			{ name: 'due_reason', meaning: 'Why the due date moved.' },
			{ name: 'progress_kind', meaning: 'stage, percent or not_published.' },
			{ name: 'progress', meaning: 'The current stage name, or the percentage (0–100); empty when not published.' },
			{ name: 'overdue_days', meaning: 'Whole days past the due date on the build date; empty when not overdue.' },
			{ name: 'next_update_due', meaning: 'When the next update is due, if published.' },
			{ name: 'last_updated', meaning: 'Date of the latest published update or status change.' },
			{ name: 'evidence_date', meaning: 'Date of the latest evidence about it: its status, a published update or an independent assessment, whichever is latest.' },
			{ name: 'evidence_age_days', meaning: 'Whole days from evidence_date to the build date.' },
			{ name: 'evidence_stale', meaning: 'true when the status is not final (delivered or not delivered) and its latest evidence is older than the limit on the methodology page: nobody has said since whether it still holds.' },
			{ name: 'next_update_overdue_days', meaning: 'Whole days since next_update_due passed with no update published; empty when it has not passed.' },
			{ name: 'url', meaning: 'The commitment page.' }
		]
	},
	milestones: {
		name: 'milestones',
		title: 'Milestones',
		description: 'One row per milestone of each commitment.',
		columns: [
			{ name: 'commitment', meaning: 'Commitment id.' },
			{ name: 'date', meaning: 'Date of the milestone (YYYY-MM-DD, YYYY-MM or YYYY).' },
			{ name: 'title', meaning: 'What happened, or is to happen.' },
			{ name: 'done', meaning: 'true if it has happened, false if it is still to come.' },
			{ name: 'source', meaning: 'Source id (see sources.csv).' },
			{ name: 'note', meaning: 'Context, including any disagreement between sources.' }
		]
	},
	verification: {
		name: 'verification',
		title: 'Independent verification',
		description: 'One row per assessment of a commitment published by an independent body.',
		columns: [
			{ name: 'commitment', meaning: 'Commitment id.' },
			{ name: 'by', meaning: 'The independent body.' },
			{ name: 'status', meaning: 'The status in its assessment, in the same vocabulary as commitments.status.' },
			{ name: 'date', meaning: 'Date of the assessment.' },
			{ name: 'source', meaning: 'Source id.' },
			{ name: 'note', meaning: 'What the assessment does and does not cover.' }
		]
	},
	status_changes: {
		name: 'status-changes',
		title: 'Status changes',
		description: 'The public change history: one row per status change made by a published update.',
		columns: [
			{ name: 'commitment', meaning: 'Commitment id.' },
			{ name: 'date', meaning: 'Date of the update that made the change.' },
			{ name: 'from', meaning: 'Status before.' },
			{ name: 'to', meaning: 'Status after.' },
			{ name: 'update', meaning: 'Id of the update (see updates.csv).' },
			{ name: 'note', meaning: 'Why the status changed.' }
		]
	},
	metric_values: {
		name: 'metric-values',
		title: 'Metric values',
		description: 'One row per published figure of every metric: a value in a series, or a part of a breakdown.',
		columns: [
			{ name: 'metric', meaning: 'Metric id.' },
			{ name: 'metric_title', meaning: 'Metric title.' },
			{ name: 'type', meaning: 'series (values over time) or breakdown (parts of a whole).' },
			{ name: 'unit', meaning: 'What is counted, e.g. officers, percent.' },
			{ name: 'period_kind', meaning: 'For series: point_in_time, calendar_year or financial_year (April to March). Never mixed within a metric.' },
			{ name: 'comparable', meaning: 'For series: false when the values may not measure the same thing (different sources, or different counts), so they must not be compared or joined by a line. Empty for breakdowns.' },
			{ name: 'period', meaning: 'For series: the date, year (YYYY) or financial year (YYYY-YY). For breakdowns: the as-of date.' },
			{ name: 'label', meaning: 'For breakdowns: the part. Empty for series.' },
			{ name: 'value', meaning: 'The figure as published by the source; empty when not published.' },
			{ name: 'published', meaning: 'false when no source gives this figure ("not published"); true otherwise.' },
			{ name: 'source', meaning: 'Source id of the figure (see sources.csv).' },
			{ name: 'note', meaning: 'Context, including where sources disagree.' }
		]
	},
	updates: {
		name: 'updates',
		title: 'Updates',
		description: 'One row per published update, newest first.',
		columns: [
			{ name: 'id', meaning: 'Update id: its date and a short title.' },
			{ name: 'date', meaning: 'Date of the update.' },
			{ name: 'title', meaning: 'Title.' },
			{ name: 'summary', meaning: 'One-sentence summary, if given.' },
			{ name: 'commitments', meaning: 'Ids of the commitments it concerns, separated by semicolons.' },
			{ name: 'correction', meaning: 'true if the update corrects an earlier figure or statement.' },
			{ name: 'url', meaning: 'The update page.' }
		]
	},
	sources: {
		name: 'sources',
		title: 'Sources',
		description: 'Every source cited.',
		columns: [
			{ name: 'id', meaning: 'Source id, used in the other tables.' },
			{ name: 'title', meaning: 'Title of the document or page.' },
			{ name: 'publisher', meaning: 'Who published it.' },
			{ name: 'url', meaning: 'Its address, if it has one.' },
			{ name: 'date', meaning: 'Publication date (YYYY-MM-DD, YYYY-MM or YYYY).' },
			{ name: 'kind', meaning: "primary (the organisation's own), independent (a regulator, inspectorate, review or elected body) or secondary (press coverage or a copy)." },
			{ name: 'note', meaning: 'Caveats, such as a day that is inferred.' }
		]
	}
};

export function commitmentRow(c: Commitment, at: AddressBook): Row {
	return {
		id: c.id,
		title: c.title,
		status: c.status,
		status_since: c.status_since,
		theme: c.theme,
		lead: c.lead,
		made_on: c.made_on,
		made_in: c.made_in,
		parent: c.parent ?? null,
		local_unit: c.local_unit ?? null,
		due_original: c.due?.original ?? null,
		due_revised: c.due?.revised ?? null,
		due_reason: c.due?.reason ?? null,
		progress_kind: c.progress.kind,
		progress: c.progress.kind === 'stage' ? c.progress.stage : c.progress.kind === 'percent' ? c.progress.percent : null,
		overdue_days: c.overdue_days,
		next_update_due: c.next_update_due ?? null,
		last_updated: c.last_updated,
		evidence_date: c.evidence_date,
		evidence_age_days: c.evidence_age_days,
		evidence_stale: c.evidence_stale,
		next_update_overdue_days: c.next_update_overdue_days,
		url: at.url(paths.commitment(c.id))
	};
}

export function milestoneRows(c: Commitment): Row[] {
	return c.milestones.map((m) => ({ commitment: c.id, date: m.date, title: m.title, done: m.done, source: m.source, note: m.note ?? null }));
}

export function metricRows(m: Metric): Row[] {
	const base = { metric: m.id, metric_title: m.title, type: m.type, unit: m.unit };
	if (m.type === 'series')
		return m.values.map((v) => ({
			...base,
			period_kind: m.period_kind,
			comparable: m.comparable,
			period: v.period,
			label: null,
			value: v.value === NOT_PUBLISHED ? null : v.value,
			published: v.value !== NOT_PUBLISHED,
			source: v.source ?? null,
			note: v.note ?? null
		}));
	return m.parts.map((p) => ({
		...base,
		period_kind: null,
		comparable: null,
		period: m.as_of,
		label: p.label,
		value: p.value === NOT_PUBLISHED ? null : p.value,
		published: p.value !== NOT_PUBLISHED,
		source: p.source ?? null,
		note: p.note ?? null
	}));
}

export function allRows(model: Model): Record<keyof typeof TABLES, Row[]> {
	const cs = model.commitments;
	return {
		commitments: cs.map((c) => commitmentRow(c, model.at)),
		milestones: cs.flatMap(milestoneRows),
		verification: cs.flatMap((c) => c.verification.map((v) => ({ commitment: c.id, by: v.by, status: v.status, date: v.date, source: v.source, note: v.note ?? null }))),
		status_changes: cs.flatMap((c) => c.status_history.map((h) => ({ commitment: c.id, date: h.date, from: h.from, to: h.to, update: h.update, note: h.note ?? null }))),
		metric_values: model.metrics.flatMap(metricRows),
		updates: model.updates.map((u) => ({
			id: u.id,
			date: u.date,
			title: u.title,
			summary: u.summary ?? null,
			commitments: u.commitments.join(';'),
			correction: !!u.correction,
			url: model.at.url(paths.update(u.id))
		})),
		sources: model.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url: s.url ?? null, date: s.date, kind: s.kind, note: s.note ?? null }))
	};
}

/** RFC 4180 CSV with a header row, each cell written by the one CSV rule. */
export function toCsv(table: Table, rows: Row[]): string {
	const names = table.columns.map((c) => c.name);
	return [names.join(','), ...rows.map((r) => names.map((n) => csvCell(r[n] ?? null)).join(','))].join('\r\n') + '\r\n';
}

const TABLE_KEYS = ['commitments', 'milestones', 'verification', 'status_changes', 'metric_values', 'updates', 'sources'] as const;

/** The CSV of the whole-dataset table with this file name (e.g. "status-changes"), if there is one. */
export function tableCsv(name: string, model: Model): string | undefined {
	const key = TABLE_KEYS.find((k) => TABLES[k].name === name);
	return key && toCsv(TABLES[key], allRows(model)[key]);
}
