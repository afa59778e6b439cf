/**
 * The content manager's own script (loaded on /admin/ only, after Decap CMS): registers how our
 * files are read and written, then starts the CMS. Files are written by the same writer as
 * `npm run new:update` (src/lib/content/write.ts): the schema line first, keys in the schema's
 * order, empty fields left out, figures typed as text saved as numbers. An existing file is changed
 * in place: its comments and any field the form does not show are kept.
 */
import { parse } from 'yaml';
import type { z } from 'zod';
import { KINDS, type KindKey } from '../lib/content/kinds';
import { readUpdate, updateText, yamlText } from '../lib/content/write';
import { checkOneFile } from '../lib/content/load';
import { coerceNumbers, cmsFormat } from '../lib/output/cms';

interface Format {
	fromFile(text: string): Record<string, unknown>;
	toFile(data: Record<string, unknown>): string;
}
interface Cms {
	registerCustomFormat(name: string, extension: string, format: Format): void;
	registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: { get(key: string): { toJS(): Record<string, unknown> } & unknown } }) => unknown }): void;
	init(): void;
}
const cms = (window as unknown as { CMS?: Cms }).CMS;

/** The file as it was when opened, kept with the entry (the form ignores fields it does not show) so that saving changes only what was edited. */
const ORIGINAL = '__original_file';

const split = (data: Record<string, unknown>): [Record<string, unknown>, string | undefined] => {
	const { [ORIGINAL]: original, ...rest } = data;
	return [rest, typeof original === 'string' ? original : undefined];
};

/** Each collection's format, and a file name of its kind to check an entry under. */
const formats = new Map<string, { format: Format; name: string }>();

if (cms) {
	for (const kind of ['commitments', 'metrics', 'sources'] as const satisfies KindKey[]) {
		const schema = KINDS[kind].schema as z.ZodType;
		register(kind, 'yaml', kind === 'sources' ? 'sources.yaml' : `${kind}/entry.yaml`, {
			fromFile: (text) => ({ ...((parse(text) as Record<string, unknown> | null) ?? {}), [ORIGINAL]: text }),
			toFile: (data) => {
				const [rest, original] = split(data);
				return yamlText(kind, coerceNumbers(schema, rest), original);
			}
		});
	}
	register('updates', 'md', 'updates/2000-01-01-entry.md', {
		fromFile: (text) => {
			const { front, body } = readUpdate(text);
			return { ...front, body, [ORIGINAL]: text };
		},
		toFile: (data) => {
			const [rest, original] = split(data);
			const { body, ...front } = rest;
			return updateText(coerceNumbers(KINDS.updates.schema as z.ZodType, front) as Record<string, unknown>, typeof body === 'string' ? body : '', original);
		}
	});
	// Before anything is saved, the file is checked on its own with the validator's rules, in its words; a problem stops the save.
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const known = formats.get(String(entry.get('collection')));
			if (!known) return undefined;
			const problems = checkOneFile(known.name, known.format.toFile(entry.get('data').toJS()));
			if (problems.length) throw new Error(`Not saved. ${problems.map((p) => `${p.field}: ${p.message}`).join('. ')}.`);
			return undefined;
		}
	});
	cms.init();
}

function register(kind: KindKey, extension: string, name: string, format: Format): void {
	formats.set(kind, { format, name });
	cms?.registerCustomFormat(cmsFormat(kind), extension, format);
}
