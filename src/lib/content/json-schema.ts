/**
 * JSON Schemas for editors, generated from the zod schemas of each content kind, so an editor's
 * autocomplete and inline errors always agree with the validator (which also checks what a schema
 * cannot: real dates, references between files, sources on figures).
 */
import { z } from 'zod';
import * as schema from './schema';
import { KINDS, kindOf, type KindKey } from './kinds';

export type SchemaFile = (typeof KINDS)[KindKey]['jsonSchema']['file'];

/** The name of every schema file, one per content kind. */
export const SCHEMA_FILES: SchemaFile[] = Object.values(KINDS).map((k) => k.jsonSchema.file);

/** The schema file for a content file, by its name relative to the content folder. */
export function schemaFileOf(name: string): SchemaFile | undefined {
	const key = kindOf(name);
	return key && KINDS[key].jsonSchema.file;
}

export function jsonSchema(name: SchemaFile): Record<string, unknown> {
	const kind = Object.values(KINDS).find((k) => k.jsonSchema.file === name);
	if (!kind) throw new Error(`no content kind has the schema ${name}`);
	const { schema: s, jsonSchema: { title } } = kind;
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
