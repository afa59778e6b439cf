/**
 * Turns zod issues into problems an editor can act on, at the position of the offending field.
 */
import type { z } from 'zod';
import type { ParsedYaml } from './locate';
import { problemAt } from './locate';
import { didYouMean, type Path, type Problem } from './problems';

export type Checked<T> = { ok: true; data: T; problems: [] } | { ok: false; problems: Problem[] };

export function checkSchema<S extends z.ZodType>(schema: S, parsed: ParsedYaml): Checked<z.output<S>> {
	if (parsed.problems.length) return { ok: false, problems: parsed.problems };
	const result = schema.safeParse(parsed.data ?? {});
	if (result.success) return { ok: true, data: result.data, problems: [] };
	const known = fieldNames(schema);
	// Two checks on one field (a format, then a real date) can both fail: report the place once.
	const seen = new Set<string>();
	const problems = result.error.issues
		.flatMap((issue) => toProblems(issue, parsed, known))
		.filter((p) => {
			const key = `${p.line}:${p.col}:${p.field}`;
			return !seen.has(key) && seen.add(key);
		});
	return { ok: false, problems };
}

function toProblems(issue: z.core.$ZodIssue, parsed: ParsedYaml, known: Set<string>): Problem[] {
	const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) =>
			problemAt(
				parsed,
				[...path, key],
				key === '<<'
					? 'YAML merge keys (<<) are not used in content files: write the fields out in full'
					: `unknown field "${key}"${didYouMean(key, known)} (field names are case-sensitive; remove it if it is not needed)`,
				'key'
			)
		);
	}
	if (issue.code === 'invalid_type' && path.length === 0) {
		const data = parsed.data;
		return [
			problemAt(
				parsed,
				[],
				data === undefined || data === null
					? 'this file is empty: write its fields, one per line, as name: value (see content/README.md)'
					: Array.isArray(data)
						? 'this file is a list (its lines start with "- "), but it should be a set of fields written name: value: remove the "- " at the start of the fields'
						: 'this file should be a set of fields written name: value, one per line'
			)
		];
	}
	if (issue.code === 'invalid_union' && issue.errors.length) {
		// A discriminated union failed inside one branch: report that branch's issues.
		const inner = issue.errors.flat().map((i) => ({ ...i, path: [...path, ...i.path] }));
		if (inner.length) return inner.flatMap((i) => toProblems(i as z.core.$ZodIssue, parsed, known));
	}
	const { found } = parsed.at(path);
	const written = valueAt(parsed.data, path);
	let message = found ? plainType(issue, written) : missingMessage(path, plainType(issue, written));
	if (found && issue.code === 'invalid_value' && (typeof written === 'string' || typeof written === 'number'))
		message = `"${written}" is not allowed here: ${message}${typeof written === 'string' && /[A-Z ]/.test(written) ? ' (in lower case, with _ between words)' : ''}`;
	return [problemAt(parsed, path, message)];
}

/** zod's own wording for a value of the wrong type ("Invalid input: expected array, received string"), in an editor's words. */
function plainType(issue: z.core.$ZodIssue, written: unknown): string {
	if (issue.code !== 'invalid_type' || !/^Invalid input/.test(issue.message)) return issue.message;
	switch (issue.expected) {
		case 'array':
			return typeof written === 'string'
				? 'write a list here: even one item goes on its own line under this field, starting "  - "'
				: 'write a list here: one item per line under this field, each starting "  - "';
		case 'object':
			return 'write the fields of this item on the lines under it, indented by two more spaces, each as name: value';
		case 'boolean':
			return 'write true or false';
		case 'number':
			return 'write a number';
		case 'string':
			return typeof written === 'number' ? `write this as text in quotes, e.g. "${written}"` : 'write some text here';
		default:
			return 'write a value of the kind the guide describes for this field (content/README.md)';
	}
}

function valueAt(data: unknown, path: Path): unknown {
	let v = data;
	for (const seg of path) v = v !== null && typeof v === 'object' ? Reflect.get(v, seg) : undefined;
	return v;
}

function missingMessage(path: Path, message: string): string {
	const name = path[path.length - 1];
	return typeof name === 'string' ? `required field "${name}" is missing: ${message}` : message;
}


/** Every field name the schema knows, to suggest the intended one when a key is misspelt. */
function fieldNames(schema: z.ZodType): Set<string> {
	const names = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (s: unknown): void => {
		if (!s || typeof s !== 'object' || seen.has(s)) return;
		seen.add(s);
		const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
		if (!def) return;
		if (def.type === 'object' && def.shape && typeof def.shape === 'object') {
			for (const [k, v] of Object.entries(def.shape)) {
				names.add(k);
				walk(v);
			}
		}
		for (const key of ['element', 'innerType', 'in', 'out', 'schema']) walk(def[key]);
		if (Array.isArray(def.options)) def.options.forEach(walk);
	};
	walk(schema);
	return names;
}
