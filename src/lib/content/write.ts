/**
 * How content files are written, by anything that writes them: `npm run new:update` and the CMS.
 * An update is front matter between `---` lines, starting with the line that gives editors the
 * JSON Schema, then its text. A YAML file that already exists is changed in place: every comment,
 * every field the writer does not know and every value it did not change are kept as they were;
 * only changed values are written again (long text may then be re-wrapped, its words unchanged).
 */
import { Document as YamlDocument, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { KINDS, type KindKey } from './kinds';
import { splitFrontMatter } from './load';

/** The first line of a content file: the schema editors' tools check it against. */
export const schemaLine = (kind: KindKey, fromContentFolder: boolean): string =>
	`# yaml-language-server: $schema=${fromContentFolder ? '../' : '../../'}static/schema/${KINDS[kind].jsonSchema.file}`;

const OPTIONS = { lineWidth: 100, minContentWidth: 0 } as const;

/** Empty values a form leaves behind (a cleared date is "", an untouched list []) are left out, as an editor writing by hand would. */
export function withoutEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutEmpty);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) {
			if (v === '' || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
			const inner = withoutEmpty(v);
			if (inner && typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length === 0) continue;
			out[k] = inner;
		}
		return out;
	}
	return value;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Changes the node at `path` of `doc` to `value`, touching nothing that already equals it. */
function apply(doc: Document, path: (string | number)[], value: unknown): void {
	const node = path.length ? doc.getIn(path, true) : doc.contents;
	if (node !== undefined && same((node as { toJSON?: () => unknown }).toJSON?.() ?? (isScalar(node) ? node.value : node), value)) return;
	if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
		const keys = Object.keys(value);
		for (const item of [...node.items]) {
			const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
			if (!keys.includes(k)) doc.deleteIn([...path, k]);
		}
		for (const k of keys) apply(doc, [...path, k], (value as Record<string, unknown>)[k]);
		return;
	}
	if (isSeq(node) && Array.isArray(value)) {
		while (node.items.length > value.length) doc.deleteIn([...path, node.items.length - 1]);
		value.forEach((v, i) => (i < node.items.length ? apply(doc, [...path, i], v) : doc.addIn(path, doc.createNode(v))));
		return;
	}
	if (isScalar(node) && typeof node.value === typeof value && typeof value !== 'object') {
		node.value = value;
		return;
	}
	if (path.length) doc.setIn(path, doc.createNode(value));
	else doc.contents = doc.createNode(value) as unknown as Document['contents'];
}

/**
 * A YAML file with `data` in it. Given the file as it was, only what changed is rewritten; a new
 * file starts with the schema line.
 */
export function yamlText(kind: KindKey, data: unknown, original?: string): string {
	const clean = withoutEmpty(data);
	let text: string | undefined;
	if (original !== undefined) {
		const doc = parseDocument(original);
		if (!doc.errors.length) {
			apply(doc, [], clean);
			text = doc.toString(OPTIONS);
		}
	}
	if (text === undefined) {
		text = new YamlDocument(clean).toString(OPTIONS);
	}
	// Every file written starts with the schema line, as new:update writes it.
	return text.includes('yaml-language-server:') ? text : `${schemaLine(kind, 'file' in KINDS[kind])}\n${text}`;
}

/** An update file: the schema line and the front matter between `---` lines, then the text. */
export function updateText(front: Record<string, unknown>, body: string, original?: string): string {
	const originalFront = original === undefined ? undefined : splitFrontMatter(original)?.yaml;
	const yaml = yamlText('updates', front, originalFront === undefined ? undefined : `${originalFront}\n`);
	return `---\n${yaml}---\n${body.replace(/^\n+/, '').replace(/\s*$/, '')}\n`;
}

/** Splits an update file into its front matter (parsed) and its text. */
export function readUpdate(text: string): { front: Record<string, unknown>; body: string } {
	const split = splitFrontMatter(text);
	if (!split) return { front: {}, body: text };
	const front = parseDocument(split.yaml).toJS() as Record<string, unknown> | null;
	return { front: front ?? {}, body: split.body };
}
