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
