/**
 * The data README: what each download and API address holds, and every column. Written from the
 * same table definitions the CSV files use, as markdown (data/README.md) and as the /data/ page.
 */
import { TABLES, type Table } from './tables';
import { paths } from '../model/addresses';
import { markdownText } from './escape';

export interface ApiEntry {
	path: string;
	what: string;
}

export const API: ApiEntry[] = [
	{ path: paths.api.dataset, what: 'Everything: site settings (themes, local units, reporting routes), commitments, metrics, updates and sources.' },
	{ path: paths.api.commitments, what: 'All commitments, as in dataset.json.' },
	{ path: paths.commitmentJson('{id}'), what: 'One commitment: every field of its content file, plus its current status, status history, sub-commitments, updates, overdue days and addresses.' },
	{ path: paths.api.metrics, what: 'All metrics.' },
	{ path: paths.metricJson('{id}'), what: 'One metric: title, unit, period kind, target, and every value with its source, or its breakdown parts.' },
	{ path: paths.api.updates, what: 'All published updates, newest first, with their text as HTML and plain text.' },
	{ path: paths.api.sources, what: 'Every source.' },
	{ path: '/oembed/{kind}/{id}.json', what: 'oEmbed (rich) for an embeddable chart: kind is metric, commitment or milestones.' }
];

export const FILES: ApiEntry[] = [
	...Object.values(TABLES).map((t) => ({ path: paths.table(t.name), what: t.description })),
	{ path: paths.metricCsv('{id}'), what: 'One metric, with the columns of metric-values.csv.' },
	{ path: paths.commitmentCsv('{id}'), what: 'One commitment, with the columns of commitments.csv.' },
	{ path: paths.milestonesCsv('{id}'), what: "One commitment's milestones, with the columns of milestones.csv." },
	{ path: '/data/charts/{name}.svg and .png', what: 'Each chart as an image: metric-{id}, milestones-{id} (a commitment\'s timeline) and progress-{id} (its stage track).' }
];

export const NOTES = [
	'Every figure has a source id; look it up in sources.csv. A figure no source gives is an empty value with published = false: it is "not published", never estimated.',
	'Dates are YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year.',
	'Figures counted by calendar year, by financial year (April to March) and at dates are never mixed within one metric.',
	'Addresses never die: when a commitment or metric is renamed, its old id keeps answering at every page, embed and data address.',
	'CSV files are UTF-8 with a header row and CRLF line ends (RFC 4180). Text that a spreadsheet would run as a formula starts with an apostrophe.'
];

export function readmeMarkdown(title: string, licence: string, buildDate: string): string {
	const table = (t: Table): string =>
		[`### ${t.name}.csv: ${t.title}`, '', t.description, '', '| column | meaning |', '|---|---|', ...t.columns.map((c) => `| ${c.name} | ${c.meaning.replace(/\|/g, '\\|')} |`), ''].join('\n');
	return [
		`# ${markdownText(title)}: data`,
		'',
		`The data behind every page and chart, as published on or before ${buildDate}. ${markdownText(licence)}`,
		'',
		'## Notes',
		'',
		...NOTES.map((n) => `- ${n}`),
		'',
		'## JSON API',
		'',
		...API.map((a) => `- \`${a.path}\`: ${a.what}`),
		'',
		'## Files',
		'',
		...FILES.map((a) => `- \`${a.path}\`: ${a.what}`),
		'',
		'## Columns',
		'',
		...Object.values(TABLES).map(table)
	].join('\n');
}
