/**
 * The one writer of content files (new:update and the CMS): a new file starts with the schema
 * line; an existing file keeps its comments, its unknown fields and its data when written back,
 * and changes only what was edited; empty form fields are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindOf } from './kinds';
import { readUpdate, updateText, withoutEmpty, yamlText } from './write';
import { checkOneFile } from './load';

const CONTENT = resolve(import.meta.dirname, '../../../content');
const files = ['site.yaml', 'sources.yaml', ...['commitments', 'metrics', 'updates'].flatMap((d) => readdirSync(join(CONTENT, d)).map((f) => `${d}/${f}`))];
const comments = (text: string): string[] => text.split('\n').filter((l) => /^\s*#/.test(l) && !l.includes('yaml-language-server'));

describe('every content file, read and written back unchanged', () => {
	it.each(files)('%s keeps its data and comments, and gains the schema line', (name) => {
		const text = readFileSync(join(CONTENT, name), 'utf8');
		const kind = kindOf(name)!;
		if (kind === 'updates') {
			const { front, body } = readUpdate(text);
			const out = updateText(front, body, text);
			expect(readUpdate(out)).toEqual({ front, body: `${body.trim()}\n` });
			expect(out.split('\n')[1]).toBe('# yaml-language-server: $schema=../../static/schema/update.schema.json');
			expect(comments(out)).toEqual(comments(text));
		} else {
			const out = yamlText(kind, parse(text), text);
			expect(parse(out)).toEqual(parse(text));
			expect(comments(out)).toEqual(comments(text));
			expect(out).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+static\/schema\/\w+\.schema\.json\n/);
		}
	});
});

describe('an edit changes only what was edited', () => {
	it('a value added to a metric: the other lines are as they were, bar long text re-wrapped', () => {
		const text = readFileSync(join(CONTENT, 'metrics/officers-suspended.yaml'), 'utf8');
		const data = parse(text);
		data.values.push({ period: '2026-01', value: 1, source: data.values[0].source, note: '' });
		const out = yamlText('metrics', data, text);
		expect(parse(out).values.at(-1)).toEqual({ period: '2026-01', value: 1, source: data.values[0].source });
		expect(comments(out)).toEqual(comments(text));
	});
});

describe('a new update', () => {
	it('has the layout new:update writes: schema line, the schema order, the text after the second ---', () => {
		expect(updateText({ title: 'A: b', commitments: ['x'], status_changes: [], publish_at: '2026-12-01', sources: ['s'] }, '\nThe text.\n\n')).toBe(
			'---\n# yaml-language-server: $schema=../../static/schema/update.schema.json\ntitle: "A: b"\ncommitments:\n  - x\npublish_at: 2026-12-01\nsources:\n  - s\n---\nThe text.\n'
		);
	});
});

describe('empty form fields are left out', () => {
	it.each([
		[{ a: '', b: 'x' }, { b: 'x' }],
		[{ a: [], b: null, c: undefined }, {}],
		[{ a: { b: '' }, c: 0, d: false }, { c: 0, d: false }],
		[{ list: [{ note: '', value: 3 }] }, { list: [{ value: 3 }] }]
	])('%j', (input, output) => expect(withoutEmpty(input)).toEqual(output));
});

describe('one file checked on its own, as the content manager does before saving', () => {
	it.each([
		['metrics/m.yaml', 'title: T\ndescription: D\nunit: people\ntype: series\nperiod_kind: point_in_time\nvalues:\n  - period: 2024-01\n    value: 3\n', ['values[1].value: a figure needs a source']],
		['metrics/m.yaml', 'title: T\ndescription: D\nunit: people\ntype: series\nperiod_kind: point_in_time\nvalues:\n  - period: September 2025\n    value: not published\n', ['values[1].period: this metric counts by point in time']],
		['updates/2026-01-01-x.md', '---\ntitle: T\ncommitments: [a]\n---\nWrite the update here, in plain English.\n', ['(text): replace the placeholder', 'sources: this update cites no source']],
		['updates/2026-01-01-x.md', '---\ntitle: T\ncommitments: [a]\nsources: [s]\n---\nDone.\n', []]
	])('%s %#', (name, text, expected) => {
		const found = checkOneFile(name, text).map((p) => `${p.field}: ${p.message}`);
		expect(found.length).toBe(expected.length);
		expected.forEach((e, i) => expect(found[i]).toContain(e));
	});
});
