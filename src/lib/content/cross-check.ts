/**
 * Checks across files: every id referred to exists, ids are unique, every figure has a source,
 * periods match their metric's kind, and status changes follow on from each other.
 * Runs on all content, embargoed or not, so an editor learns of a mistake before publication.
 */
import type { ParsedContent, Parsed } from './load';
import type { ParsedYaml } from './locate';
import { problemAt } from './locate';
import { didYouMean, type Path, type Problem } from './problems';
import { isRealDate, startOf } from './dates';
import { NOT_PUBLISHED, type MetricFile, type PeriodKind, type Status } from './schema';

const PERIOD_FORMATS: Record<PeriodKind, { test: (p: string) => boolean; example: string }> = {
	point_in_time: {
		test: (p) => isRealDate(p) || (/^\d{4}-\d{2}$/.test(p) && isRealDate(`${p}-01`)),
		example: 'a date as YYYY-MM-DD or a month as YYYY-MM, e.g. 2023-09'
	},
	calendar_year: { test: (p) => /^\d{4}$/.test(p), example: 'a year, e.g. 2023' },
	financial_year: {
		test: (p) => {
			const m = /^(\d{4})-(\d{2})$/.exec(p);
			return !!m && (Number(m[1]) + 1) % 100 === Number(m[2]);
		},
		example: 'a financial year as YYYY-YY, e.g. 2023-24'
	}
};

export function crossCheck(c: ParsedContent, buildDate: string): Problem[] {
	const problems: Problem[] = [];
	const report = (yaml: ParsedYaml, path: Path, message: string, part?: 'key' | 'value'): void => {
		problems.push(problemAt(yaml, path, message, part));
	};

	const sourceIds = uniqueIds(c.sources.yaml, c.sources.data, ['sources'], problems);
	const themeIds = uniqueIds(c.site.yaml, c.site.data.themes, ['themes'], problems);
	const unitIds = uniqueIds(c.site.yaml, c.site.data.local_units, ['local_units'], problems);
	uniqueIds(c.site.yaml, c.site.data.reporting_routes, ['reporting_routes'], problems);
	const commitmentIds = c.fileIds.commitments;
	const metricIds = c.fileIds.metrics;

	const ref = (yaml: ParsedYaml, path: Path, value: string | undefined, ids: Set<string>, what: string, where: string): void => {
		if (value === undefined || ids.has(value)) return;
		report(yaml, path, `no ${what} has the id "${value}"${didYouMean(value, ids)} (${what} ids are listed in ${where})`);
	};
	const src = (yaml: ParsedYaml, path: Path, value: string | undefined): void =>
		ref(yaml, path, value, sourceIds, 'source', 'content/sources.yaml');

	c.site.data.reporting_routes.forEach((r, i) => src(c.site.yaml, ['reporting_routes', i, 'source'], r.source));
	c.site.data.local_units.forEach((u, i) => src(c.site.yaml, ['local_units', i, 'source'], u.source));

	c.site.data.featured_metrics.forEach((m, i) => ref(c.site.yaml, ['featured_metrics', i], m, metricIds, 'metric', 'content/metrics/'));
	checkPreviousIds(c, problems);

	for (const cm of c.commitments) {
		const { yaml, data: d } = cm;
		ref(yaml, ['theme'], d.theme, themeIds, 'theme', 'content/site.yaml under themes');
		ref(yaml, ['local_unit'], d.local_unit, unitIds, 'local unit', 'content/site.yaml under local_units');
		src(yaml, ['made_in'], d.made_in);
		d.sources.forEach((s, i) => src(yaml, ['sources', i], s));
		d.milestones.forEach((m, i) => src(yaml, ['milestones', i, 'source'], m.source));
		d.verification.forEach((v, i) => src(yaml, ['verification', i, 'source'], v.source));
		d.metrics.forEach((m, i) => ref(yaml, ['metrics', i], m, metricIds, 'metric', 'content/metrics/'));
		src(yaml, ['due', 'source'], d.due?.source);
		if (d.progress.kind === 'percent') src(yaml, ['progress', 'source'], d.progress.source);
		if (d.progress.kind === 'stage') {
			src(yaml, ['progress', 'source'], d.progress.source);
			if (!d.progress.stages.includes(d.progress.stage))
				report(yaml, ['progress', 'stage'], `the stage must be one of the listed stages: ${d.progress.stages.join(', ')}`);
		}
		if (d.parent !== undefined) {
			if (d.parent === cm.id) report(yaml, ['parent'], 'a commitment cannot be its own parent');
			else ref(yaml, ['parent'], d.parent, commitmentIds, 'commitment', 'content/commitments/');
		}
		if (d.due?.original && d.due.revised && d.due.revised === d.due.original)
			report(yaml, ['due', 'revised'], 'the revised due date is the same as the original: remove `revised` and `reason`');
	}
	checkParentCycles(c, problems);

	for (const m of c.metrics) checkMetric(m, src, report);

	const publishedUpdates = new Set<string>();
	for (const u of c.updates) {
		const { yaml, data: d } = u;
		d.commitments.forEach((id, i) => ref(yaml, ['commitments', i], id, commitmentIds, 'commitment', 'content/commitments/'));
		d.sources.forEach((s, i) => src(yaml, ['sources', i], s));
		d.status_changes.forEach((sc, i) => {
			ref(yaml, ['status_changes', i, 'commitment'], sc.commitment, commitmentIds, 'commitment', 'content/commitments/');
			if (commitmentIds.has(sc.commitment) && !d.commitments.includes(sc.commitment))
				report(yaml, ['status_changes', i, 'commitment'], `add "${sc.commitment}" to this update's commitments list too`);
			if (sc.from === sc.to) report(yaml, ['status_changes', i, 'to'], 'the status is not changing: `from` and `to` are the same');
		});
		if (d.correction) {
			ref(yaml, ['correction', 'metric'], d.correction.metric, metricIds, 'metric', 'content/metrics/');
			ref(yaml, ['correction', 'commitment'], d.correction.commitment, commitmentIds, 'commitment', 'content/commitments/');
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
		if (!d.publish_at || d.publish_at <= buildDate) publishedUpdates.add(u.id);
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
function checkPreviousIds(c: ParsedContent, problems: Problem[]): void {
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

function checkParentCycles(c: ParsedContent, problems: Problem[]): void {
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

type Report = (yaml: ParsedYaml, path: Path, message: string) => void;
type SourceCheck = (yaml: ParsedYaml, path: Path, value: string | undefined) => void;

function checkMetric(m: Parsed<MetricFile>, src: SourceCheck, report: Report): void {
	const { yaml, data: d } = m;
	const isPercent = /^(percent|per cent|%)$/i.test(d.unit.trim());
	d.sources.forEach((s, i) => src(yaml, ['sources', i], s));
	const checkValue = (path: Path, value: number | typeof NOT_PUBLISHED, source: string | undefined): void => {
		if (typeof value === 'number') {
			if (source === undefined)
				report(yaml, [...path, 'value'], 'a figure needs a source: add `source:` with an id from content/sources.yaml, or write "not published"');
			if (isPercent && (value < 0 || value > 100)) report(yaml, [...path, 'value'], 'a percentage must be from 0 to 100');
		}
		src(yaml, [...path, 'source'], source);
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
			src(yaml, ['target', 'source'], d.target.source);
			if (isPercent && (d.target.value < 0 || d.target.value > 100)) report(yaml, ['target', 'value'], 'a percentage must be from 0 to 100');
		}
	} else {
		d.parts.forEach((p, i) => checkValue(['parts', i], p.value, p.source));
		if (d.total) {
			src(yaml, ['total', 'source'], d.total.source);
			const values = d.parts.map((p) => p.value);
			const sum = values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
			if (values.every((v) => typeof v === 'number') && sum !== d.total.value)
				report(yaml, ['total', 'value'], `the parts add up to ${sum}, not ${d.total.value}: check the figures against the source`);
		}
	}
}

/** Each status change must start from the status before it, in date order. */
function checkStatusChains(c: ParsedContent, problems: Problem[]): void {
	const current = new Map<string, Status>(c.commitments.map((x) => [x.id, x.data.status]));
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
function checkEmbargoLeaks(c: ParsedContent, buildDate: string, published: Set<string>, problems: Problem[]): void {
	const embargoed = new Map(c.commitments.filter((x) => x.data.publish_at && x.data.publish_at > buildDate).map((x) => [x.id, x.data.publish_at]));
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
