/**
 * Finds every reference (an id naming another record) in a parsed file, by walking the zod schema
 * beside the data. References are declared once, in schema.ts, with `ref(target)`.
 */
import type { z } from 'zod';
import { refs, type RefTarget } from './schema';
import type { Path } from './problems';

export interface Reference {
	path: Path;
	value: string;
	to: RefTarget;
}

type Def = Record<string, unknown> & { type: string };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function references(schema: z.ZodType, data: unknown): Reference[] {
	const out = new Map<string, Reference>();
	walk(schema, data, [], out);
	return [...out.values()];
}

function walk(schema: unknown, value: unknown, path: (string | number)[], out: Map<string, Reference>): void {
	const meta = refs.get(schema as z.ZodType);
	if (meta) {
		if (typeof value === 'string') out.set(path.join('\u0000'), { path, value, to: meta.to });
		return;
	}
	const def = defOf(schema);
	if (!def) return;
	switch (def.type) {
		case 'object':
			if (isRecord(value) && isRecord(def.shape)) for (const [k, s] of Object.entries(def.shape)) if (k in value) walk(s, value[k], [...path, k], out);
			return;
		case 'array':
			if (Array.isArray(value)) value.forEach((v, i) => walk(def.element, v, [...path, i], out));
			return;
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'catch':
			walk(def.innerType, value, path, out);
			return;
		case 'pipe':
			walk(def.in, value, path, out);
			walk(def.out, value, path, out);
			return;
		case 'union':
			for (const option of optionsFor(def, value)) walk(option, value, path, out);
			return;
	}
}

/** For a discriminated union, only the option the data chose; otherwise every option. */
function optionsFor(def: Def, value: unknown): unknown[] {
	const options = Array.isArray(def.options) ? def.options : [];
	const key = typeof def.discriminator === 'string' ? def.discriminator : undefined;
	if (!key || !isRecord(value)) return options;
	return options.filter((o) => {
		const shape = defOf(o)?.shape;
		const literal = isRecord(shape) ? defOf(shape[key]) : undefined;
		return Array.isArray(literal?.values) && literal.values.includes(value[key]);
	});
}
