/**
 * The fields of a schema as an editor reads them: name, whether it is needed, and what it is (the
 * schema's own description). The guide's tables and the CMS configuration are made from this.
 */
import { z } from 'zod';

export interface Field {
	name: string;
	/** "yes", "no", or "yes, at least one" */
	required: string;
	description: string;
	schema: z.ZodType;
}

type Def = Record<string, unknown> & { type: string };
export const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** The description of a field, from the field or from the schema it wraps. */
export function descriptionOf(s: z.ZodType): string {
	for (let cur: unknown = s; cur; ) {
		const d = z.globalRegistry.get(cur as z.ZodType)?.description;
		if (d) return d;
		const def = defOf(cur);
		cur = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
	}
	return '';
}

/** Optional (or with a default) fields may be left out. */
export function isOptional(s: z.ZodType): boolean {
	const t = defOf(s).type;
	return t === 'optional' || t === 'default' || (t === 'pipe' && isOptional(defOf(s).out as z.ZodType));
}

/** The smallest number of items a list field takes, if it sets one. */
export function minItems(s: z.ZodType): number {
	const def = defOf(s);
	if (def.type === 'pipe') return minItems(def.out as z.ZodType);
	if (def.type !== 'array') return 0;
	const checks = (def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined) ?? [];
	return Math.max(0, ...checks.map((c) => (c._zod.def.check === 'min_length' ? (c._zod.def.minimum ?? 0) : 0)));
}

/** A default worth telling an editor (a number or words, not an empty list). */
function defaultOf(s: z.ZodType): string | undefined {
	const def = defOf(s);
	if (def.type !== 'default') return undefined;
	const v = def.defaultValue;
	return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? String(v) : undefined;
}

export function fieldsOf(shape: Record<string, z.ZodType>): Field[] {
	return Object.entries(shape).map(([name, schema]) => ({
		name,
		required: isOptional(schema) ? (defaultOf(schema) ? `no (${defaultOf(schema)} if left out)` : 'no') : minItems(schema) >= 1 ? 'yes, at least one' : 'yes',
		description: descriptionOf(schema),
		schema
	}));
}

/** The shape of an object schema (through optional and pipe wrappers). */
export function shapeOf(s: z.ZodType): Record<string, z.ZodType> {
	let def = defOf(s);
	while (def.type !== 'object') {
		const next = def.innerType ?? def.out ?? def.element;
		if (!next) throw new Error(`not an object schema: ${def.type}`);
		def = defOf(next);
	}
	return def.shape as Record<string, z.ZodType>;
}

/** The largest number of items (a list) or characters (text) a field takes, if it sets one. */
export function maxOf(s: z.ZodType): { max: number; of: 'items' | 'characters' } | undefined {
	const def = defOf(s);
	if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return maxOf(def.innerType as z.ZodType);
	if (def.type === 'pipe') return maxOf(def.out as z.ZodType);
	if (def.type !== 'array' && def.type !== 'string') return undefined;
	const checks = (def.checks as { _zod: { def: { check: string; maximum?: number } } }[] | undefined) ?? [];
	const max = Math.min(...checks.map((c) => (c._zod.def.check === 'max_length' && c._zod.def.maximum !== undefined ? c._zod.def.maximum : Infinity)));
	return Number.isFinite(max) ? { max, of: def.type === 'array' ? 'items' : 'characters' } : undefined;
}

export interface Limit {
	/** the field's path, lists written with [] (e.g. milestones[].title) */
	path: string;
	max: number;
	of: 'items' | 'characters';
}

/** Every limit a schema sets, on lists and on text, at any depth (through lists, objects and either-or schemas). */
export function limitsOf(s: z.ZodType, path = ''): Limit[] {
	const def = defOf(s);
	const here = maxOf(s);
	const out: Limit[] = here && path ? [{ path, ...here }] : [];
	const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
	if (inner) return [...out.filter(() => !maxOf(inner as z.ZodType)), ...limitsOf(inner as z.ZodType, path)];
	if (def.type === 'array') return [...out, ...limitsOf(def.element as z.ZodType, `${path}[]`)];
	if (def.type === 'object') return [...out, ...Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => limitsOf(v, path ? `${path}.${k}` : k))];
	if (def.type === 'union') return [...out, ...(def.options as z.ZodType[]).flatMap((o) => limitsOf(o, path))];
	return out;
}
