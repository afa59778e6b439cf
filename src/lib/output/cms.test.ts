/**
 * The CMS configuration is made from the schemas: every field of every kind the press office
 * edits is in it, with the schema's description as its hint and its required flag; references are
 * relation or select widgets; figures typed as text are saved as numbers.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { KINDS } from '../content/kinds';
import { descriptionOf, isOptional } from '../content/fields';
import { cmsConfig, cmsConfigYaml, cmsFields, coerceNumbers, type CmsField } from './cms';
import * as schema from '../content/schema';

const settings = { siteUrl: 'https://example.org/', local: false, backend: { name: 'github', repo: 'org/site', branch: 'main' }, choices: { themes: ['culture', 'standards'], local_units: [] } };
const byName = (fields: CmsField[], name: string): CmsField => fields.find((f) => f.name === name) ?? (undefined as never);

describe('every field of every edited kind, in the schema order, with its hint and required flag', () => {
	const kinds = [
		['updates', schema.update.shape],
		['commitments', schema.commitment.shape],
		['sources', schema.sources.shape],
		['metrics', { ...schema.seriesMetric.shape, ...schema.breakdownMetric.shape }]
	] as const;
	it.each(kinds)('%s', (kind, shape) => {
		const fields = cmsFields(kind, settings.choices);
		const names = fields.map((f) => f.name).filter((n) => n !== 'body');
		expect(names).toEqual(Object.keys(shape));
		for (const [name, s] of Object.entries(shape) as [string, z.ZodType][]) {
			const f = byName(fields, name);
			if (descriptionOf(s)) expect(f.hint, name).toBeTruthy();
			// Fields of one metric type only are optional in the shared form.
			if (kind !== 'metrics' && name !== 'type') expect(f.required, name).toBe(!isOptional(s));
		}
	});
});

describe('widgets from the schema', () => {
	const updates = cmsFields('updates', settings.choices);
	const commitments = cmsFields('commitments', settings.choices);
	const metrics = cmsFields('metrics', settings.choices);
	it.each([
		['an update\'s commitments: titles to choose from, at least one', byName(updates, 'commitments'), { widget: 'relation', collection: 'commitments', multiple: true, min: 1, required: true }],
		['an update\'s sources: from sources.yaml', byName(updates, 'sources'), { widget: 'relation', collection: 'sources', file: 'sources', value_field: 'sources.*.id', multiple: true }],
		['a status: the statuses, in the site\'s words', byName(byName(updates, 'status_changes').fields as CmsField[], 'to'), { widget: 'select', options: expect.arrayContaining([{ label: 'In progress', value: 'in_progress' }, { label: 'Delivered', value: 'delivered' }]) }],
		['a full date: a date picker writing YYYY-MM-DD', byName(updates, 'publish_at'), { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false }],
		['a theme: the site\'s themes', byName(commitments, 'theme'), { widget: 'select', options: ['culture', 'standards'] }],
		['a partial date: text in the right form', byName(commitments, 'made_on'), { widget: 'string', pattern: ['^\\d{4}(-\\d{2}){0,2}$', 'write a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2022-10'] }],
		['a progress: one object, its kind chosen first', byName(commitments, 'progress'), { widget: 'object' }],
		['milestones: a list of items', byName(commitments, 'milestones'), { widget: 'list', label_singular: 'milestone' }],
		['a metric type: series or breakdown', byName(metrics, 'type'), { widget: 'select', options: ['series', 'breakdown'] }],
		['an id: the id rule in its words', byName(cmsFields('sources').length ? (byName(cmsFields('sources'), 'sources').fields as CmsField[]) : [], 'id'), { widget: 'string', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'use lower-case letters, digits and hyphens, e.g. casey-review'] }]
	])('%s', (_what, field, expected) => expect(field).toMatchObject(expected));

	it('a figure: text that takes a number or "not published", in the schema\'s words', () => {
		const value = byName(byName(metrics, 'values').fields as CmsField[], 'value');
		expect(value.widget).toBe('string');
		expect(new RegExp((value.pattern as string[])[0]).test('183')).toBe(true);
		expect(new RegExp((value.pattern as string[])[0]).test('not published')).toBe(true);
		expect(new RegExp((value.pattern as string[])[0]).test('1,988')).toBe(false);
	});

	it('inside an optional part (a correction), nothing is required by the form', () => {
		const correction = byName(updates, 'correction');
		expect(correction.required).toBe(false);
		expect((correction.fields as CmsField[]).every((f) => f.required === false)).toBe(true);
	});
});

describe('the configuration', () => {
	it('is YAML Decap reads, with one collection per kind and the backend given', () => {
		const c = parse(cmsConfigYaml(settings));
		expect(c).toEqual(cmsConfig(settings));
		expect(c.collections.map((x: { name: string }) => x.name)).toEqual(['updates', 'commitments', 'metrics', 'sources']);
		expect(c.backend).toEqual(settings.backend);
		expect(c.local_backend).toBeUndefined();
		expect(c.collections[0].folder).toBe(`content/${KINDS.updates.folder}`);
	});
	it('a local copy talks to decap-server on this computer', () => {
		expect(cmsConfig({ ...settings, local: true, proxyUrl: 'http://localhost:8081/api/v1' }).local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
	});
});

describe('figures typed as text are saved as numbers', () => {
	it.each([
		['183', 183],
		['12.5', 12.5],
		['not published', 'not published'],
		['1,988', '1,988']
	])('%s', (typed, saved) => {
		const out = coerceNumbers(schema.metric, { type: 'series', values: [{ period: '2022', value: typed }] }) as { values: { value: unknown; period: unknown }[] };
		expect(out.values[0].value).toEqual(saved);
		expect(out.values[0].period).toBe('2022');
	});
	it('in a breakdown too', () => {
		expect(coerceNumbers(schema.metric, { type: 'breakdown', parts: [{ label: 'a', value: '4' }] })).toEqual({ type: 'breakdown', parts: [{ label: 'a', value: 4 }] });
	});
});
