/**
 * Checks across files: every id referred to exists, ids are unique, every figure has a source,
 * periods match their metric's kind, and status changes follow on from each other.
 * Runs on all content, embargoed or not, so an editor learns of a mistake before publication.
 */
import type { z } from 'zod';
import type { Loaded, Parsed } from './types';
import type { ParsedYaml } from './locate';
import { problemAt } from './locate';
import { didYouMean, type Path, type Problem } from './problems';
import { financialYearStart, isRealDate, startOf } from './dates';
import { NOT_PUBLISHED, type MetricFile, type PeriodKind, type RefTarget, type Status } from './schema';
import { references } from './refs';
import { KINDS } from './kinds';
import { isPublished } from './embargo';

const PERIOD_FORMATS: Record<PeriodKind, { test: (p: string) => boolean; example: string }> = {
	point_in_time: {
		test: (p) => isRealDate(p) || (/^\d{4}-\d{2}$/.test(p) && isRealDate(`${p}-01`)),
		example: 'a date as YYYY-MM-DD or a month as YYYY-MM, e.g. 2023-09'
	},
	calendar_year: { test: (p) => /^\d{4}$/.test(p), example: 'a year, e.g. 2023' },
	financial_year: {
		test: (p) => financialYearStart(p) !== null,
		example: 'a financial year as YYYY-YY, e.g. 2023-24'
	}
};

/** What each kind of reference names, and where an editor finds the valid ids. */
const TARGETS: Record<RefTarget, { what: string; where: string }> = {
	sources: { what: 'source', where: 'content/sources.yaml' },
	commitments: { what: 'commitment', where: 'content/commitments/' },
	metrics: { what: 'metric', where: 'content/metrics/' },
	themes: { what: 'theme', where: 'content/site.yaml under themes' },
	local_units: { what: 'local unit', where: 'content/site.yaml under local_units' }
};

export function crossCheck(c: Loaded, buildDate: string): Problem[] {
	const problems: Problem[] = [];
	const report = (yaml: ParsedYaml, path: Path, message: string, part?: 'key' | 'value'): void => {
		problems.push(problemAt(yaml, path, message, part));
	};

	const ids: Record<RefTarget, Set<string>> = {
		sources: uniqueIds(c.sources.yaml, c.sources.data, ['sources'], problems),
		themes: uniqueIds(c.site.yaml, c.site.data.themes, ['themes'], problems),
		local_units: uniqueIds(c.site.yaml, c.site.data.local_units, ['local_units'], problems),
		commitments: c.fileIds.commitments,
		metrics: c.fileIds.metrics
	};
	uniqueIds(c.site.yaml, c.site.data.reporting_routes, ['reporting_routes'], problems);

	// Every reference the schema declares, in every file, names a record that exists.
	const files: { yaml: ParsedYaml; schema: z.ZodType; data: unknown }[] = [
		{ yaml: c.site.yaml, schema: KINDS.site.schema, data: c.site.data },
		{ yaml: c.sources.yaml, schema: KINDS.sources.schema, data: { sources: c.sources.data } },
		...c.commitments.map((x) => ({ yaml: x.yaml, schema: KINDS.commitments.schema, data: x.data })),
		...c.metrics.map((x) => ({ yaml: x.yaml, schema: KINDS.metrics.schema, data: x.data })),
		...c.updates.map((x) => ({ yaml: x.yaml, schema: KINDS.updates.schema, data: x.data }))
	];
	// After a rename, an old id names the record that kept it in previous_ids.
	const renamed = new Map<string, string>([...c.commitments, ...c.metrics].flatMap((r) => r.data.previous_ids.map((old) => [old, r.id] as [string, string])));
	for (const f of files) {
		for (const r of references(f.schema, f.data)) {
			if (ids[r.to].has(r.value)) continue;
			const { what, where } = TARGETS[r.to];
			const now = renamed.get(r.value);
			if (now && ids[r.to].has(now)) report(f.yaml, r.path, `"${r.value}" was renamed: write "${now}", its id now`);
			else report(f.yaml, r.path, `no ${what} has the id "${r.value}"${didYouMean(r.value, ids[r.to])} (${what} ids are listed in ${where})`);
		}
	}
	checkPreviousIds(c, problems);

	for (const cm of c.commitments) {
		const { yaml, data: d } = cm;
		if (d.progress.kind === 'stage' && !d.progress.stages.includes(d.progress.stage))
			report(yaml, ['progress', 'stage'], `the stage must be one of the listed stages: ${d.progress.stages.join(', ')}`);
		if (d.parent === cm.id) report(yaml, ['parent'], 'a commitment cannot be its own parent');
		if (isPublished(d.publish_at, buildDate))
			d.milestones.forEach((m, i) => {
				if (m.done && startOf(m.date) > buildDate)
					report(yaml, ['milestones', i, 'done'], `this milestone is marked done but dated ${m.date}, after today (${buildDate}): write done: false until it has happened, or correct the date`);
			});
		if (d.due?.original && d.due.revised && d.due.revised === d.due.original)
			report(yaml, ['due', 'revised'], 'the revised due date is the same as the original: remove `revised` and `reason`');
	}
	checkParentCycles(c, problems);

	for (const m of c.metrics) checkMetric(m, report);

	const publishedUpdates = new Set<string>();
	for (const u of c.updates) {
		const { yaml, data: d } = u;
		d.status_changes.forEach((sc, i) => {
			if (ids.commitments.has(sc.commitment) && !d.commitments.includes(sc.commitment))
				report(yaml, ['status_changes', i, 'commitment'], `add "${sc.commitment}" to this update's commitments list too`);
			if (sc.from === sc.to) report(yaml, ['status_changes', i, 'to'], 'the status is not changing: `from` and `to` are the same');
		});
		if (d.correction) {
			const { metric, period } = d.correction;
			if (period !== undefined) {
				const m = c.metrics.find((x) => x.id === metric);
				if (metric === undefined) report(yaml, ['correction', 'period'], 'say which metric this period belongs to: add `metric:` with its id');
				else if (m?.data.type === 'series' && !m.data.values.some((v) => v.period === period))
					report(yaml, ['correction', 'period'], `${metric} has no value for ${period}; its periods are ${m.data.values.map((v) => v.period).join(', ')}`);
			}
		}
		if (d.publish_at && d.publish_at < u.date)
			report(yaml, ['publish_at'], `publish_at (${d.publish_at}) is before the date in the file name (${u.date}): make them agree`);
		if (!d.publish_at && u.date > buildDate)
			report(yaml, [], `this update is dated ${u.date} (in its file name), after today (${buildDate}), but has no publish_at, so it would be published now: add publish_at: ${u.date} to keep it until that day, or correct the date`);
		if (isPublished(d.publish_at, buildDate)) publishedUpdates.add(u.id);
	}
	checkStatusChains(c, problems);
	checkEmbargoLeaks(c, buildDate, publishedUpdates, problems);
	return problems;
}

function uniqueIds(yaml: ParsedYaml, items: { id: string }[], path: Path, problems: Problem[]): Set<string> {
	const seen = new Map<string, number>();
	items.forEach((item, i) => {
		const first = seen.get(item.id);
		if (first === undefined) seen.set(item.id, i);
		else {
			const line = yaml.at([...path, first, 'id']).line;
			problems.push(problemAt(yaml, [...path, i, 'id'], `the id "${item.id}" is already used on line ${line}: each id must be unique`));
		}
	});
	return new Set(seen.keys());
}

/** Old ids keep old URLs alive, so no two records may claim the same one. */
function checkPreviousIds(c: Loaded, problems: Problem[]): void {
	const owners = new Map<string, string>();
	const records: Parsed<{ previous_ids: string[] }>[] = [...c.commitments, ...c.metrics];
	for (const r of records) owners.set(r.id, r.file);
	for (const r of records) {
		r.data.previous_ids.forEach((old, i) => {
			const owner = owners.get(old);
			if (owner)
				problems.push(problemAt(r.yaml, ['previous_ids', i], `"${old}" is already the id of ${owner}: an old id cannot be reused`));
			else owners.set(old, r.file);
		});
	}
}

function checkParentCycles(c: Loaded, problems: Problem[]): void {
	const parent = new Map(c.commitments.map((x) => [x.id, x.data.parent]));
	for (const cm of c.commitments) {
		const seen = new Set([cm.id]);
		for (let p = cm.data.parent; p !== undefined && parent.has(p); p = parent.get(p)) {
			if (seen.has(p)) {
				problems.push(problemAt(cm.yaml, ['parent'], `parents go round in a circle (${[...seen, p].join(' → ')}): a commitment cannot sit under itself`));
				break;
			}
			seen.add(p);
		}
	}
}

export type Report = (yaml: ParsedYaml, path: Path, message: string) => void;

/** A metric's own rules (sources on figures, periods in its kind's form, parts adding up): also run by the content manager before it saves one. */
export function checkMetric(m: Parsed<MetricFile>, report: Report): void {
	const { yaml, data: d } = m;
	const isPercent = /^(percent|per cent|%)$/i.test(d.unit.trim());
	const checkValue = (path: Path, value: number | typeof NOT_PUBLISHED, source: string | undefined): void => {
		if (typeof value === 'number') {
			if (source === undefined)
				report(yaml, [...path, 'value'], 'a figure needs a source: add `source:` with an id from content/sources.yaml, or write "not published"');
			if (isPercent && (value < 0 || value > 100)) report(yaml, [...path, 'value'], 'a percentage must be from 0 to 100');
			if (!isPercent && !Number.isInteger(value))
				report(yaml, [...path, 'value'], `this metric counts ${d.unit}, so its figures are whole numbers: write the figure the source gives (a share is a metric with unit: percent)`);
		}
	};
	if (d.type === 'series') {
		const format = PERIOD_FORMATS[d.period_kind];
		const periods = new Map<string, number>();
		d.values.forEach((v, i) => {
			if (!format.test(v.period))
				report(yaml, ['values', i, 'period'], `this metric counts by ${d.period_kind.replace(/_/g, ' ')}: write ${format.example}`);
			const first = periods.get(v.period);
			if (first !== undefined)
				report(yaml, ['values', i, 'period'], `the period ${v.period} already has a value on line ${yaml.at(['values', first]).line}: keep one`);
			else periods.set(v.period, i);
			checkValue(['values', i], v.value, v.source);
		});
		if (d.target) {
			if (isPercent && (d.target.value < 0 || d.target.value > 100)) report(yaml, ['target', 'value'], 'a percentage must be from 0 to 100');
		}
	} else {
		d.parts.forEach((p, i) => checkValue(['parts', i], p.value, p.source));
		if (d.total) {
			const values = d.parts.map((p) => p.value);
			const sum = values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
			if (values.every((v) => typeof v === 'number') && sum !== d.total.value)
				report(yaml, ['total', 'value'], `the parts add up to ${sum}, not ${d.total.value}: check the figures against the source`);
		}
	}
}

/** Each status change must start from the status before it, in date order. */
function checkStatusChains(c: Loaded, problems: Problem[]): void {
	if (c.unchecked === 'all') return;
	const skip = c.unchecked;
	const current = new Map<string, Status>(c.commitments.filter((x) => !skip.has(x.id)).map((x) => [x.id, x.data.status]));
	const ordered = [...c.updates].sort((a, b) => startOf(a.data.publish_at ?? a.date).localeCompare(startOf(b.data.publish_at ?? b.date)) || a.id.localeCompare(b.id));
	for (const u of ordered) {
		u.data.status_changes.forEach((sc, i) => {
			const before = current.get(sc.commitment);
			if (before === undefined) return;
			if (before !== sc.from)
				problems.push(problemAt(u.yaml, ['status_changes', i, 'from'], `"${sc.commitment}" has status ${before} at this point, not ${sc.from}: write from: ${before}`));
			current.set(sc.commitment, sc.to);
		});
	}
}

/** Published content must not point at embargoed content, or the embargo would leak a link. */
function checkEmbargoLeaks(c: Loaded, buildDate: string, published: Set<string>, problems: Problem[]): void {
	const embargoed = new Map(c.commitments.filter((x) => !isPublished(x.data.publish_at, buildDate)).map((x) => [x.id, x.data.publish_at]));
	if (!embargoed.size) return;
	const warn = (yaml: ParsedYaml, path: Path, id: string): void => {
		problems.push(problemAt(yaml, path, `"${id}" is under embargo until ${embargoed.get(id)}: embargo this too (publish_at), or wait`));
	};
	for (const u of c.updates) {
		if (!published.has(u.id)) continue;
		u.data.commitments.forEach((id, i) => embargoed.has(id) && warn(u.yaml, ['commitments', i], id));
	}
	for (const cm of c.commitments) {
		if (embargoed.has(cm.id)) continue;
		if (cm.data.parent && embargoed.has(cm.data.parent)) warn(cm.yaml, ['parent'], cm.data.parent);
	}
}
