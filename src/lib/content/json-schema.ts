/**
 * JSON Schemas for editors, generated from the zod schemas, so an editor's autocomplete and inline
 * errors always agree with the validator (which also checks what a schema cannot: real dates,
 * references between files, sources on figures).
 */
import { z } from 'zod';
import * as schema from './schema';

export const SCHEMA_FILES = {
	'site.schema.json': { schema: schema.site, title: 'Reform Tracker: site settings (content/site.yaml)' },
	'sources.schema.json': { schema: schema.sources, title: 'Reform Tracker: sources (content/sources.yaml)' },
	'commitment.schema.json': { schema: schema.commitment, title: 'Reform Tracker: a commitment (content/commitments/<id>.yaml)' },
	'metric.schema.json': { schema: schema.metric, title: 'Reform Tracker: a metric (content/metrics/<id>.yaml)' },
	'update.schema.json': { schema: schema.update, title: 'Reform Tracker: the front matter of an update (content/updates/YYYY-MM-DD-title.md)' }
} as const;

export function jsonSchema(name: keyof typeof SCHEMA_FILES): Record<string, unknown> {
	const { schema: s, title } = SCHEMA_FILES[name];
	const out = z.toJSONSchema(s, {
		io: 'input',
		unrepresentable: 'any',
		override: (ctx) => {
			// A bare year is written `date: 2022`, which YAML reads as a number.
			if (ctx.zodSchema === schema.partialDateText) {
				const text = { ...ctx.jsonSchema };
				for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
				ctx.jsonSchema.anyOf = [{ type: 'integer', minimum: 1000, maximum: 9999 }, text];
			}
		}
	});
	return { ...out, title };
}
