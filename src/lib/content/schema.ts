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

/** Invisible control characters (other than tab and line breaks), often pasted in by accident: never valid in text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** What to say when a value of the wrong kind is written where text belongs. */
function textError(iss: { input?: unknown }): string {
	if (typeof iss.input === 'number' || typeof iss.input === 'boolean') return `write this as text in quotes, e.g. "${String(iss.input)}": without quotes it is read as a ${typeof iss.input === 'number' ? 'number' : 'true/false value'}`;
	if (Array.isArray(iss.input)) return 'write one piece of text here, not a list';
	if (iss.input && typeof iss.input === 'object') return 'write one piece of text here; if it contains a colon followed by a space, put it in quotes';
	return 'write some text here';
}

/** Text, at most `max` characters, without control characters. */
const textOf = (max: number) =>
	z
		.string({ error: textError })
		.trim()
		.min(1, 'write some text here')
		.max(max, `this text is too long: at most ${max.toLocaleString('en-GB')} characters`)
		.refine((v) => !CONTROL.test(v), { error: 'this text has an invisible control character in it (often pasted in by accident): delete and retype the text around it' });

const text = textOf(5000);
/** Titles and names: short enough to read at a glance and to fit a chart. */
const title = textOf(300);

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

/**
 * A web address that will be a link: allowed by its scheme only (https:, http:, and mailto: where
 * a field says so). Anything else (javascript:, data:, vbscript:...) could run code when clicked.
 */
export function webAddress(schemes: readonly ('https:' | 'http:' | 'mailto:')[] = ['https:', 'http:']) {
	const names = schemes.map((x) => `${x}${x === 'mailto:' ? '' : '//'}`);
	const shown = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
	return z
		.string({ error: `write a web address starting ${shown}` })
		.trim()
		.max(2000, 'this web address is too long: at most 2,000 characters')
		.superRefine((v, ctx) => {
			const fail = (message: string): void => void ctx.addIssue({ code: 'custom', message });
			if (/[\s\u0000-\u001F\u007F]/.test(v)) return fail('a web address cannot contain spaces, tabs or line breaks: copy it again from the browser\'s address bar');
			if (/["'<>`{}|\\^]/.test(v)) return fail('a web address cannot contain quotes, < > or { } characters: copy it again from the browser\'s address bar');
			let u: URL;
			try {
				u = new URL(v);
			} catch {
				return fail(`write a full web address starting ${shown}, e.g. https://www.met.police.uk/`);
			}
			if (!(schemes as readonly string[]).includes(u.protocol))
				return fail(`links must start ${shown}; "${u.protocol}" links are not allowed${/^(javascript|vbscript|data):$/i.test(u.protocol) ? ', because they can run code or hide content' : ''}`);
			if ((u.protocol === 'https:' || u.protocol === 'http:') && !u.hostname.includes('.')) fail(`"${u.hostname}" is not a public web address: write the address as it appears in a browser, e.g. https://www.met.police.uk/`);
		});
}

const url = webAddress();

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

const sourceRefs = z.array(ref('sources')).min(1, 'cite at least one source id from content/sources.yaml').max(200, 'cite at most 200 sources');

// ---------------------------------------------------------------- site.yaml

export const reportingRoute = z.strictObject({
	id: id.describe('A unique id, e.g. `phone-101`.'),
	name: title.describe('The route\'s name, e.g. `Phone 101`.'),
	audience: z.enum(['public', 'staff'], { error: 'use public or staff' }).describe('`public` (anyone) or `staff` (Met employees only).'),
	how: text.describe('A sentence telling the reader what to do.'),
	phone: z
		.string({ error: 'write the number in quotes, e.g. "101"' })
		.regex(/^\+?[0-9][0-9 ()-]{1,24}$/, 'write the number with digits and spaces only, in quotes, e.g. "0800 085 0000"')
		.optional()
		.describe('The number, in quotes. Leave out if no source publishes it.'),
	url: webAddress(['https:', 'http:', 'mailto:']).optional().describe('A web address starting `https://` (or an email address starting `mailto:`).'),
	source: ref('sources').describe('The id of the source that describes this route.')
});

export const theme = z.strictObject({
	id: id.describe('A unique id, e.g. `professional-standards`.'),
	title: title.describe('The theme\'s name as readers see it.'),
	description: text.optional().describe('One sentence on what the theme covers.')
});

export const localUnit = z.strictObject({
	id: id.describe('A unique id, e.g. `central-west`.'),
	title: title.describe('The unit\'s name.'),
	description: text.optional().describe('What area it covers.'),
	source: ref('sources').optional().describe('The id of a source for the description.')
});

export const site = z.strictObject({
	organisation: text.describe('The organisation whose commitments are tracked.'),
	title: title.describe('The site\'s name, shown at the top of every page.'),
	description: text.describe('One or two sentences saying what the site is.'),
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
	base_url: webAddress(['https:']).optional().describe('The site\'s public web address, starting `https://`; its path is the path the site is served under.'),
	licence: text.describe('The licence for the site\'s own text. Say that figures belong to their sources.'),
	contact: text.optional().describe('How to contact the team that runs the site.'),
	reporting_routes: z.array(reportingRoute).min(1, 'list at least one way to report a concern').max(50, 'list at most 50 ways to report a concern').describe('Ways to report a concern about an officer (see below).'),
	themes: z.array(theme).min(1, 'list at least one theme').max(100, 'list at most 100 themes').describe('Groups that commitments are filed under (see below).'),
	local_units: z.array(localUnit).max(500, 'list at most 500 local units').default([]).describe('Local areas a commitment can belong to (see below).'),
	featured_metrics: z
		.array(ref('metrics'))
		.max(10, 'show at most 10 charts on the dashboard')
		.default([])
		.describe('Ids of metrics (in `metrics/`) shown as charts on the dashboard, in this order. If you leave it out or leave it empty, the first two metrics are shown.')
});

// ---------------------------------------------------------------- sources.yaml

export const source = z.strictObject({
	id: id.describe('A unique id, e.g. `iopc-hotton-learning`.'),
	title: title.describe('The title of the page or document.'),
	publisher: title.describe('Who published *the page you read*, e.g. `The Guardian`, or `Wired-Gov (IOPC release)` for an IOPC release republished by Wired-Gov.'),
	url: url.optional().describe('The web address. Leave out if none is known; never guess one.'),
	date: partialDate.describe('The publication date, as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: only as precise as you are sure of.'),
	kind: z.enum(SOURCE_KINDS, { error: `use one of: ${SOURCE_KINDS.join(', ')}` }).describe('`primary`, `independent` or `secondary` (see below).'),
	note: text.optional().describe('Anything a reader should know: a date that was worked out, a copy rather than the original, part of the page missing.')
});

export const sources = z.strictObject({ sources: z.array(source).max(10_000, 'list at most 10,000 sources').describe('Every source, once.') });

// ---------------------------------------------------------------- commitments/<id>.yaml

export const milestone = z.strictObject({
	date: partialDate.describe('`YYYY-MM-DD`, `YYYY-MM` or `YYYY`.'),
	title: title.describe('What happened, or what is planned.'),
	done: z.boolean({ error: 'write true or false' }).describe('`true` if it has happened, `false` if not yet.'),
	source: ref('sources').describe('The id of the source.'),
	note: text.optional().describe('Anything a reader should know, e.g. sources disagree about the date.')
});

/** Progress is a named stage on a published track, a sourced percentage, or not published. */
export const progress = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({
			kind: z.literal('stage').describe('`stage`: the work follows known steps.'),
			stages: z.array(title).min(2, 'list at least two stages, in order').max(20, 'list at most 20 stages').describe('The steps, in order.'),
			stage: title.describe('The step it has reached: one of `stages`.'),
			source: ref('sources').optional().describe('The id of the source for the stage; give it if you can.')
		}),
		z.strictObject({
			kind: z.literal('percent').describe('`percent`: only if a source publishes a percentage.'),
			percent: percent.describe('The percentage, 0 to 100.'),
			as_of: date.describe('The full date the percentage is for.'),
			source: ref('sources').describe('The id of the source that publishes it.')
		}),
		z.strictObject({
			kind: z.literal('not_published').describe('`not_published`: no source says how far along it is.'),
			note: text.optional().describe('What is not published, e.g. no source gives the number recruited so far.')
		})
	],
	{ error: 'set kind to stage, percent or not_published' }
);

export const due = z
	.strictObject({
		original: date.optional().describe('The date first promised.'),
		revised: date.optional().describe('A later date, if it moved. Needs `reason`. Must differ from `original`.'),
		reason: text.optional().describe('Why the date moved. Needed with `revised`.'),
		source: ref('sources').optional().describe('The id of the source for the dates.')
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

export const verification = z.strictObject({
	by: title.describe('The body, e.g. `Independent Office for Police Conduct (IOPC)`.'),
	status: status.describe('Their judgement, using the same status words as above.'),
	date: date.describe('A full date, `YYYY-MM-DD`.'),
	source: ref('sources').describe('The id of the source where they published it.'),
	note: text.optional().describe('What exactly they judged.')
});

export const commitment = z.strictObject({
	title: title.describe('A short name, as a reader would say it.'),
	summary: text.describe('One or two sentences: what was promised, in plain English.'),
	theme: ref('themes').describe('The id of a theme in `site.yaml`.'),
	lead: title.describe('Who is responsible, as a role or team (not a named person), e.g. `Directorate of Professional Standards`.'),
	made_on: partialDate.describe('When the commitment was made: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.'),
	made_in: ref('sources').describe('The id of the source in which it was made.'),
	status: status.describe('The status **when the commitment was first recorded** (see the statuses). Later changes go in updates.'),
	status_since: partialDate.describe('The date that status began: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.'),
	status_note: text.optional().describe('A few sentences explaining the status, and anything not published. Say so when the only source is the organisation itself.'),
	progress: progress.default({ kind: 'not_published' }).describe('How far along it is (see below). Leave out if no source says.'),
	due: due.optional().describe('When it is due (see below). Only if a source gives a full date.'),
	parent: ref('commitments').optional().describe('The id of a bigger commitment this one is part of.'),
	local_unit: ref('local_units').optional().describe('The id of a local unit in `site.yaml`.'),
	milestones: z.array(milestone).max(200, 'list at most 200 milestones: keep the ones a reader needs').default([]).describe('Dated steps (see below).'),
	metrics: z.array(ref('metrics')).default([]).describe('Ids of metrics (in `metrics/`) to show on this commitment\'s page.'),
	verification: z.array(verification).max(50, 'list at most 50 assessments').default([]).describe('Judgements by independent bodies (see below).'),
	next_update_due: date.optional().describe('A full date (`YYYY-MM-DD`) when a source says the next report is due. Leave out otherwise.'),
	previous_ids: z.array(id).default([]).describe('Old ids of this commitment, so old links keep working.'),
	publish_at: date.optional().describe('A full date (`YYYY-MM-DD`) before which the whole commitment stays hidden.'),
	sources: sourceRefs.describe('Ids of every source this commitment relies on.')
});

// ---------------------------------------------------------------- metrics/<id>.yaml

/** What to say about a figure written the way a source prints it, rather than as a number. */
export function valueError(input: unknown): string {
	const plain = `write a number, or "${NOT_PUBLISHED}" when no source gives it`;
	if (typeof input !== 'string') return plain;
	const t = input.trim();
	if (/^not\s*published$/i.test(t)) return `write "${NOT_PUBLISHED}" in lower case`;
	if (/^-?\d+(\.\d+)?$/.test(t)) return `write ${t} without quotes, so it is read as a number`;
	if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return `write ${t.replace(/,/g, '')} without commas`;
	if (/^-?\d+(\.\d+)?\s*%$/.test(t)) return `write ${t.replace(/\s*%$/, '')} without the % sign (a share is a metric with unit: percent)`;
	if (/^(about|around|over|under|more than|less than|c\.|~)\s*\d/i.test(t)) return `write the figure the source gives as a number; if it gives only "${t}", write "${NOT_PUBLISHED}" and put its words in the note`;
	return plain;
}

const value = z.union([z.number({ error: (iss) => valueError(iss.input) }).min(0, 'a figure cannot be below 0: write it as the source gives it, a count or a share'), z.literal(NOT_PUBLISHED)], {
	error: (iss) => valueError(iss.input)
});

export const point = z.strictObject({
	period: z.union([z.string(), z.number().int()]).transform(String).describe('What the figure is for, written as the metric\'s other values are: a date (`2023-09-30`) or month (`2023-09`) for figures at a point in time, a year (`2023`) for calendar years, `2023-24` for financial years.'),
	value: value.describe('A number without commas or % signs, or `not published`.'),
	source: ref('sources').optional().describe('The id of the source. Every number needs one.'),
	note: text.optional().describe('Anything a reader should know, e.g. where sources disagree.'),
	publish_at: date.optional().describe('A full date before which this figure stays hidden.')
});

export const part = z.strictObject({
	label: title.describe('The group, in plain words.'),
	value: value.describe('A number without commas or % signs, or `not published`.'),
	source: ref('sources').optional().describe('The id of the source. Every number needs one.'),
	note: text.optional().describe('Anything a reader should know.')
});

export const metricBase = {
	title: title.describe('What is counted, in plain words.'),
	description: text.describe('What exactly is counted, and where the figures come from.'),
	unit: text.describe('Plain words: `officers`, `people`, `cases`, `percent`. A `percent` metric only accepts values from 0 to 100.'),
	sources: z.array(ref('sources')).default([]).describe('Ids of every source used in this metric.'),
	note: text.optional().describe('Caveats: what is not published, figures left out and why.'),
	previous_ids: z.array(id).default([]).describe('Old ids of this metric, so old links keep working.')
};

export const seriesMetric = z.strictObject({
	...metricBase,
	type: z.literal('series').describe('`series`: values over time.'),
	period_kind: z.enum(PERIOD_KINDS, { error: `use one of: ${PERIOD_KINDS.join(', ')}` }).describe('`point_in_time`, `calendar_year` or `financial_year` (see below).'),
	comparable: z
		.boolean({ error: 'write true or false' })
		.optional()
		.describe('`true` when every value measures the same thing, so the chart joins them with a line and describes the change; `false` when they may not (say, investigators added one year and all staff added another). Left out: values from one source are compared; values from several are not, and the validator warns.'),
	target: z
		.strictObject({
			value: z.number({ error: (iss) => valueError(iss.input) }).min(0, 'a target cannot be below 0').describe('The target figure.'),
			by: partialDate.optional().describe('When it is to be met.'),
			source: ref('sources').describe('The id of the source that sets it.'),
			note: text.optional().describe('What the target counts, as the source words it.')
		})
		.optional()
		.describe('A sourced target, only when it counts the same thing as the values, in the same unit.'),
	values: z.array(point).min(1, 'give at least one value').max(1000, 'give at most 1,000 values: split a longer series into several metrics').describe('The figures: each has `period`, `value`, and `source`, `note` and `publish_at` as needed.')
});

export const breakdownMetric = z.strictObject({
	...metricBase,
	type: z.literal('breakdown').describe('`breakdown`: parts of a whole at one date.'),
	as_of: partialDate.describe('The date the breakdown describes: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.'),
	total: z
		.strictObject({ value: z.number({ error: (iss) => valueError(iss.input) }).min(0, 'a total cannot be below 0').describe('The total.'), source: ref('sources').describe('The id of the source for the total.') })
		.optional()
		.describe('The total, with `value` and `source`. If every part is a number, they must add up to it.'),
	parts: z.array(part).min(1, 'give at least one part').max(100, 'give at most 100 parts').describe('Each part has `label` and `value`, and `source` and `note` as needed.')
});

export const metric = z.discriminatedUnion('type', [seriesMetric, breakdownMetric], {
	error: 'set type to series (values over time) or breakdown (parts of a whole)'
});

// ---------------------------------------------------------------- updates/YYYY-MM-DD-slug.md

export const statusChange = z.strictObject({
	commitment: ref('commitments').describe('The id of the commitment whose status changes; it must be in this update\'s `commitments` too.'),
	from: status.describe('Its status before this update.'),
	to: status.describe('Its status from this update on.'),
	note: text.optional().describe('Why the status changed, in a sentence.')
});

/** An update that corrects a published figure or statement says what it was and what it is now. */
export const correction = z.strictObject({
	of: text.describe('What was wrong, e.g. `Officers suspended, September 2023`.'),
	was: text.describe('What we said before.'),
	now: text.describe('What it says now.'),
	metric: ref('metrics').optional().describe('The id of the metric corrected.'),
	period: z.union([z.string(), z.number().int()]).transform(String).optional().describe('With `metric`: the period of the value corrected, e.g. `2023-09`.'),
	commitment: ref('commitments').optional().describe('The id of the commitment corrected.')
});

export const update = z.strictObject({
	title: title.describe('A headline.'),
	summary: text.optional().describe('One sentence, used in lists and feeds.'),
	commitments: z.array(ref('commitments')).min(1, 'list the commitment ids this update is about').max(500, 'list at most 500 commitments').describe('Ids of the commitments this update is about.'),
	status_changes: z.array(statusChange).max(500, 'list at most 500 status changes').default([]).describe('Status changes this update announces.'),
	correction: correction.optional().describe('A correction to something published earlier (see below).'),
	publish_at: date.optional().describe('A full date before which the update stays hidden.'),
	// `sources:` with nothing under it yet (as new:update writes it) means none so far.
	sources: z
		.preprocess((v) => (v === null ? [] : v), z.array(ref('sources')).default([]))
		.describe('Ids of the sources for the facts in the text. Almost always needed.')
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
