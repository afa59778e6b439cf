/**
 * The field tables of the editor's guide (content/README.md), made from the schemas and the
 * status vocabulary, so the guide says what the validator checks. `npm run schema` writes them
 * between `<!-- generated: NAME -->` and `<!-- end generated -->`; a test fails when they are stale.
 */
import type { z } from 'zod';
import * as schema from '../content/schema';
import { fieldsOf, limitsOf, shapeOf, type Field, type Limit } from '../content/fields';
import { KINDS, LIMITS, MAX_FILE_BYTES, type KindKey } from '../content/kinds';
import { STATUS_INFO } from '../model/status';
import { GROUP_LABELS } from '../model/rollup';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function fieldTable(fields: Field[]): string {
	return ['| field | required? | what it is |', '|---|---|---|', ...fields.map((f) => `| \`${f.name}\` | ${f.required} | ${cell(f.description)} |`)].join('\n');
}

const only = (s: z.ZodType, names?: string[]): Field[] => fieldsOf(shapeOf(s)).filter((f) => !names || names.includes(f.name));
const series = Object.keys(shapeOf(schema.seriesMetric)).filter((k) => !(k in schema.metricBase) && k !== 'type');
const breakdown = Object.keys(shapeOf(schema.breakdownMetric)).filter((k) => !(k in schema.metricBase) && k !== 'type');

const n = (x: number): string => x.toLocaleString('en-GB');

/** Every limit the validator holds content to: the file size, files of each kind, and the schemas' lists and text. */
export function limitsTable(): string {
	const rows: string[] = [`| any content file | ${n(MAX_FILE_BYTES / 1024 / 1024)} MB |`];
	for (const [key, kind] of Object.entries(KINDS) as [KindKey, (typeof KINDS)[KindKey]][]) {
		const most = LIMITS[key];
		if (most && 'folder' in kind) rows.push(`| files in \`${kind.folder}/\` | ${n(most)} |`);
	}
	const texts = new Map<number, Set<string>>();
	for (const kind of Object.values(KINDS)) {
		const where = 'file' in kind ? kind.file : `${/^[aeiou]/.test(kind.label) ? 'an' : 'a'} ${kind.label} file`;
		const seen = new Set<string>();
		for (const l of limitsOf(kind.schema) as Limit[]) {
			if (seen.has(l.path)) continue;
			seen.add(l.path);
			if (l.of === 'items') rows.push(`| \`${l.path.replace(/^sources\[\]$/, 'sources')}\` in ${where} | ${n(l.max)} items |`);
			else texts.set(l.max, (texts.get(l.max) ?? new Set()).add(l.path.replace(/\[\]/g, '').split('.').pop() as string));
		}
	}
	const byLength = [...texts.entries()].sort((a, b) => a[0] - b[0]);
	for (const [max, names] of byLength)
		rows.push(max === byLength[byLength.length - 1][0] ? `| any other text | ${n(max)} characters |` : `| ${[...names].map((x) => `\`${x}\``).join(', ')} | ${n(max)} characters |`);
	return ['| what | at most |', '|---|---|', ...rows].join('\n');
}

export const GUIDE_TABLES: Record<string, () => string> = {
	limits: limitsTable,
	site: () => fieldTable(only(schema.site)),
	reporting_routes: () => fieldTable(only(schema.reportingRoute)),
	themes: () => fieldTable(only(schema.theme)),
	local_units: () => fieldTable(only(schema.localUnit)),
	sources: () => fieldTable(only(schema.source)),
	commitment: () => fieldTable(only(schema.commitment)),
	statuses: () =>
		['| status | meaning | on the dashboard |', '|---|---|---|', ...Object.entries(STATUS_INFO).map(([s, i]) => `| \`${s}\` | ${i.definition} | ${GROUP_LABELS[i.group]} |`)].join('\n'),
	due: () => fieldTable(only(schema.due)),
	milestones: () => fieldTable(only(schema.milestone)),
	verification: () => fieldTable(only(schema.verification)),
	metric: () => fieldTable([...fieldsOf(schema.metricBase).slice(0, 3), ...only(schema.seriesMetric, ['type']).map((f) => ({ ...f, description: '`series` or `breakdown`.' })), ...fieldsOf(schema.metricBase).slice(3)]),
	values: () => fieldTable(only(schema.point)),
	parts: () => fieldTable(only(schema.part)),
	series: () => fieldTable(only(schema.seriesMetric, series)),
	breakdown: () => fieldTable(only(schema.breakdownMetric, breakdown)),
	update: () => fieldTable(only(schema.update)),
	status_changes: () => fieldTable(only(schema.statusChange)),
	correction: () => fieldTable(only(schema.correction))
};

const REGION = /<!-- generated: ([\w-]+) -->\n[\s\S]*?<!-- end generated -->/g;

/** The guide with every generated table written afresh. */
export function withTables(guide: string): string {
	return guide.replace(REGION, (_m, name: string) => {
		const table = GUIDE_TABLES[name];
		if (!table) throw new Error(`content/README.md asks for a table "${name}" that does not exist`);
		return `<!-- generated: ${name} -->\n${table()}\n<!-- end generated -->`;
	});
}

export const regionsIn = (guide: string): string[] => [...guide.matchAll(REGION)].map((m) => m[1]);
