/**
 * The editors' JSON Schemas: committed files match what the zod schemas generate, every default
 * content file passes them, and the mistakes a schema can see are rejected.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { jsonSchema, SCHEMA_FILES, schemaFileOf, type SchemaFile } from '../src/lib/content/json-schema';
import { readContentDir } from '../src/lib/content/files';
import { splitFrontMatter } from '../src/lib/content/load';
import { ROOT } from './helpers/build';
import { goodFiles } from './helpers/fixtures';
import { GUIDE_TABLES, regionsIn, withTables } from '../src/lib/output/guide';

const names = SCHEMA_FILES;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = Object.fromEntries(names.map((n) => [n, ajv.compile(JSON.parse(readFileSync(join(ROOT, 'static/schema', n), 'utf8')))]));

const schemaFor = (name: string): SchemaFile | undefined => schemaFileOf(name);

const dataOf = (name: string, text: string): unknown => parse(name.endsWith('.md') ? (splitFrontMatter(text)?.yaml ?? '') : text);

describe('JSON Schemas for editors', () => {
	it.each(names)('static/schema/%s is up to date (run npm run schema)', (name) => {
		expect(JSON.parse(readFileSync(join(ROOT, 'static/schema', name), 'utf8'))).toEqual(jsonSchema(name));
	});

	it('accept every default content file and every good fixture file', () => {
		const files = [...readContentDir(join(ROOT, 'content')), ...goodFiles()].filter((f) => !f.name.endsWith('README.md'));
		expect(files.length).toBeGreaterThan(40);
		for (const f of files) {
			const name = schemaFor(f.name);
			if (!name) throw new Error(`no schema for ${f.name}`);
			const valid = validators[name](dataOf(f.name, f.text));
			expect(valid, `${f.path}: ${JSON.stringify(validators[name].errors)}`).toBe(true);
		}
	});

	it('each content file points editors at its schema', () => {
		for (const f of readContentDir(join(ROOT, 'content')).filter((x) => x.name.endsWith('.yaml'))) {
			expect(f.text.split('\n')[0], f.name).toMatch(new RegExp(`^# yaml-language-server: \\$schema=(\\.\\./)+static/schema/${schemaFor(f.name)}$`));
		}
	});

	const commitment = goodFiles().find((f) => f.name === 'commitments/independent-review.yaml')?.text ?? '';
	const metric = goodFiles().find((f) => f.name === 'metrics/staff-added.yaml')?.text ?? '';
	it.each([
		['a misspelt key', 'commitment.schema.json', commitment.replace('summary:', 'sumary:'), 'additionalProperties'],
		['a status outside the vocabulary', 'commitment.schema.json', commitment.replace('status: in_progress', 'status: started'), 'enum'],
		['a missing title', 'commitment.schema.json', commitment.replace(/^title: .*\n/m, ''), 'required'],
		['a date in the wrong format', 'commitment.schema.json', commitment.replace('original: 2023-02-28', 'original: 28/02/2023'), 'pattern'],
		['an id with capitals', 'commitment.schema.json', commitment.replace('theme: scrutiny', 'theme: Scrutiny'), 'pattern'],
		['an unknown period kind', 'metric.schema.json', metric.replace('period_kind: point_in_time', 'period_kind: monthly'), 'enum'],
		['a value that is neither a number nor "not published"', 'metric.schema.json', metric.replace('value: 50', 'value: fifty'), 'anyOf']
	] as const)('reject %s', (_what, name, text, keyword) => {
		const validate = validators[name];
		expect(validate(parse(text))).toBe(false);
		expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
	});
});

describe("the editor's guide", () => {
	const guide = readFileSync(join(ROOT, 'content/README.md'), 'utf8');

	it('has its field tables as the schemas make them (run npm run schema)', () => {
		expect(guide).toBe(withTables(guide));
	});

	it('shows every table the schemas make, and describes every field', () => {
		expect(regionsIn(guide).sort()).toEqual(Object.keys(GUIDE_TABLES).sort());
		for (const [name, table] of Object.entries(GUIDE_TABLES)) expect(table(), name).not.toMatch(/\| \|$/m);
	});
});
