/**
 * The content model. Every type the site uses is inferred from these schemas; nothing is cast.
 * Objects are strict: an unknown key is almost always a typo, so it is an error.
 * Messages are written for the press office, not for programmers.
 */
import { z } from 'zod';
import { isRealDate, isPartialDate } from './dates';

export const STATUSES = [
	'planned',
	'in_progress',
	'delivered',
	'ongoing',
	'delayed',
	'not_delivered',
	'cannot_yet_assess'
] as const;

export const SOURCE_KINDS = ['primary', 'secondary', 'independent'] as const;
export const PERIOD_KINDS = ['point_in_time', 'calendar_year', 'financial_year'] as const;
export const NOT_PUBLISHED = 'not published';

const text = z.string({ error: 'write some text here' }).trim().min(1, 'write some text here');

/** An id is how other files refer to a record: lower-case words joined by hyphens. */
export const id = z
	.string({ error: 'write an id, e.g. casey-review' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. casey-review');

export const date = z
	.string({ error: 'write a date as YYYY-MM-DD, e.g. 2023-03-21' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'write a real calendar date as YYYY-MM-DD, e.g. 2023-03-21')
	.refine(isRealDate, { error: 'write a real calendar date as YYYY-MM-DD, e.g. 2023-03-21' });

/** Sources and milestones may only be known to the month or the year. */
export const partialDateText = z
	.string({ error: 'write a date as YYYY-MM-DD, YYYY-MM or YYYY' })
	.regex(/^\d{4}(-\d{2}){0,2}$/, 'write a real date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-10')
	.refine(isPartialDate, { error: 'write a real date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-10' });

/** A bare year (`date: 2022`) reaches us as a number: accept it as the year it is. */
export const partialDate = z.preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), partialDateText);

const url = z.url({ error: 'write a full web address starting with https://' });

const percent = z
	.number({ error: 'write a number from 0 to 100' })
	.min(0, 'a percentage cannot be below 0')
	.max(100, 'a percentage cannot be above 100');

const status = z.enum(STATUSES, {
	error: `use one of: ${STATUSES.join(', ')}`
});

/** What an id may refer to: another file's records, or a list in site.yaml. */
export const REF_TARGETS = ['sources', 'commitments', 'metrics', 'themes', 'local_units'] as const;
export type RefTarget = (typeof REF_TARGETS)[number];

/**
 * References between files are declared here, once: the cross-checks, the editors' JSON Schemas
 * and the CMS configuration all read this registry rather than keeping their own list.
 */
export const refs = z.registry<{ to: RefTarget }>();

/** An id that must name a record of `to`. Each call is a new schema, so each field carries its own entry. */
export function ref(to: RefTarget) {
	return z
		.string({ error: 'write an id, e.g. casey-review' })
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. casey-review')
		.register(refs, { to });
}

const sourceRefs = z.array(ref('sources')).min(1, 'cite at least one source id from content/sources.yaml');

// ---------------------------------------------------------------- site.yaml

export const reportingRoute = z.strictObject({
	id,
	name: text,
	audience: z.enum(['public', 'staff'], { error: 'use public or staff' }),
	how: text,
	phone: z.string().optional(),
	url: url.optional(),
	source: ref('sources')
});

export const theme = z.strictObject({ id, title: text, description: text.optional() });

export const localUnit = z.strictObject({
	id,
	title: text,
	description: text.optional(),
	source: ref('sources').optional()
});

export const site = z.strictObject({
	organisation: text,
	title: text,
	description: text,
	introduction: text
		.optional()
		.describe('One or two sentences shown first on the home page: what the site tracks and why. Without it, the description is shown.'),
	evidence_limit_months: z
		.number({ error: 'write a whole number of months, e.g. 12' })
		.int('write a whole number of months, e.g. 12')
		.min(1, 'write at least 1 month')
		.max(120, 'write at most 120 months')
		.default(12)
		.describe('A status whose latest evidence is older than this many months is marked as out of date wherever it is shown (delivered and not delivered are never out of date).'),
	base_url: url.optional(),
	licence: text,
	contact: text.optional(),
	reporting_routes: z.array(reportingRoute).min(1, 'list at least one way to report a concern'),
	themes: z.array(theme).min(1, 'list at least one theme'),
	local_units: z.array(localUnit).default([]),
	/** the charts shown on the dashboard, in order */
	featured_metrics: z.array(ref('metrics')).default([])
});

// ---------------------------------------------------------------- sources.yaml

export const source = z.strictObject({
	id,
	title: text,
	publisher: text,
	url: url.optional(),
	date: partialDate,
	kind: z.enum(SOURCE_KINDS, { error: `use one of: ${SOURCE_KINDS.join(', ')}` }),
	note: text.optional()
});

export const sources = z.strictObject({ sources: z.array(source) });

// ---------------------------------------------------------------- commitments/<id>.yaml

const milestone = z.strictObject({
	date: partialDate,
	title: text,
	done: z.boolean({ error: 'write true or false' }),
	source: ref('sources'),
	note: text.optional()
});

/** Progress is a named stage on a published track, a sourced percentage, or not published. */
const progress = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({
			kind: z.literal('stage'),
			stages: z.array(text).min(2, 'list at least two stages, in order'),
			stage: text,
			source: ref('sources').optional()
		}),
		z.strictObject({ kind: z.literal('percent'), percent, as_of: date, source: ref('sources') }),
		z.strictObject({ kind: z.literal('not_published'), note: text.optional() })
	],
	{ error: 'set kind to stage, percent or not_published' }
);

const due = z
	.strictObject({
		original: date.optional(),
		revised: date.optional(),
		reason: text.optional(),
		source: ref('sources').optional()
	})
	.check((ctx) => {
		if (ctx.value.revised && !ctx.value.reason) {
			ctx.issues.push({
				code: 'custom',
				input: ctx.value,
				path: ['revised'],
				message: 'a revised due date needs a reason: add `reason:` saying why the date moved'
			});
		}
	});

const verification = z.strictObject({
	by: text,
	status,
	date,
	source: ref('sources'),
	note: text.optional()
});

export const commitment = z.strictObject({
	title: text.describe('What was promised, in a few words.'),
	summary: text.describe('One or two plain sentences: what the commitment is.'),
	theme: ref('themes').describe('A theme id from content/site.yaml (themes).'),
	lead: text.describe("The role responsible (not a person's name)."),
	made_on: partialDate.describe('When it was made: YYYY-MM-DD, YYYY-MM or YYYY.'),
	made_in: ref('sources').describe('The id of the source it was made in (content/sources.yaml).'),
	status,
	status_since: partialDate.describe('The date from which that status holds.'),
	status_note: text.optional().describe('Optional: context for the status, e.g. that only the organisation says so.'),
	progress: progress.default({ kind: 'not_published' }).describe('kind: stage (with stages and stage), percent (with percent, as_of and source) or not_published.'),
	due: due.optional().describe('Due dates: original, and revised with reason when it moved.'),
	parent: ref('commitments').optional().describe('For a sub-commitment: the id of the commitment it belongs to.'),
	local_unit: ref('local_units').optional().describe('A local unit id from content/site.yaml, if it concerns one area.'),
	milestones: z.array(milestone).default([]).describe('Dated steps, each with title, done (true/false) and source.'),
	metrics: z.array(ref('metrics')).default([]).describe('Ids of metrics (content/metrics/) that track it.'),
	verification: z.array(verification).default([]).describe('Assessments by independent bodies: by, status, date, source.'),
	next_update_due: date.optional().describe('When the next update is due (YYYY-MM-DD), if published.'),
	previous_ids: z.array(id).default([]).describe('Old ids, after a rename, so old links keep working.'),
	publish_at: date.optional().describe('Embargo: leave the whole commitment out until this date (YYYY-MM-DD).'),
	sources: sourceRefs
});

// ---------------------------------------------------------------- metrics/<id>.yaml

const value = z.union([z.number(), z.literal(NOT_PUBLISHED)], {
	error: `write a number, or "${NOT_PUBLISHED}" when no source gives it`
});

const point = z.strictObject({
	period: z.union([z.string(), z.number().int()]).transform(String),
	value,
	source: ref('sources').optional(),
	note: text.optional(),
	publish_at: date.optional()
});

const part = z.strictObject({
	label: text,
	value,
	source: ref('sources').optional(),
	note: text.optional()
});

const metricBase = {
	title: text,
	description: text,
	unit: text,
	sources: z.array(ref('sources')).default([]),
	note: text.optional(),
	previous_ids: z.array(id).default([])
};

export const seriesMetric = z.strictObject({
	...metricBase,
	type: z.literal('series'),
	period_kind: z.enum(PERIOD_KINDS, { error: `use one of: ${PERIOD_KINDS.join(', ')}` }),
	comparable: z
		.boolean({ error: 'write true or false' })
		.optional()
		.describe('true when every value measures the same thing, so the chart may join them and describe a change; false when they may not. When it is left out, values from one source are compared and values from several are not.'),
	target: z
		.strictObject({ value: z.number(), by: partialDate.optional(), source: ref('sources'), note: text.optional() })
		.optional(),
	values: z.array(point).min(1, 'give at least one value')
});

export const breakdownMetric = z.strictObject({
	...metricBase,
	type: z.literal('breakdown'),
	as_of: partialDate,
	total: z.strictObject({ value: z.number(), source: ref('sources') }).optional(),
	parts: z.array(part).min(1, 'give at least one part')
});

export const metric = z.discriminatedUnion('type', [seriesMetric, breakdownMetric], {
	error: 'set type to series (values over time) or breakdown (parts of a whole)'
});

// ---------------------------------------------------------------- updates/YYYY-MM-DD-slug.md

const statusChange = z.strictObject({
	commitment: ref('commitments'),
	from: status,
	to: status,
	note: text.optional()
});

/** An update that corrects a published figure or statement says what it was and what it is now. */
const correction = z.strictObject({
	of: text,
	was: text,
	now: text,
	metric: ref('metrics').optional(),
	period: z.union([z.string(), z.number().int()]).transform(String).optional(),
	commitment: ref('commitments').optional()
});

export const update = z.strictObject({
	title: text,
	summary: text.optional(),
	commitments: z.array(ref('commitments')).min(1, 'list the commitment ids this update is about'),
	status_changes: z.array(statusChange).default([]),
	correction: correction.optional(),
	publish_at: date.optional(),
	// `sources:` with nothing under it yet (as new:update writes it) means none so far.
	sources: z.preprocess((v) => (v === null ? [] : v), z.array(ref('sources')).default([]))
});

export type Status = z.infer<typeof status>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Site = z.infer<typeof site>;
export type Source = z.infer<typeof source>;
export type CommitmentFile = z.infer<typeof commitment>;
export type MetricFile = z.infer<typeof metric>;
export type SeriesMetricFile = z.infer<typeof seriesMetric>;
export type BreakdownMetricFile = z.infer<typeof breakdownMetric>;
export type UpdateFrontMatter = z.infer<typeof update>;
export type Milestone = z.infer<typeof milestone>;
export type Progress = z.infer<typeof progress>;
export type Value = z.infer<typeof value>;
