import { join } from 'node:path';
import { readContentDir, type RawFile } from '../../src/lib/content/files';

export const GOOD = join(import.meta.dirname, '..', 'fixtures', 'good');

/** The good fixture as editors would see it: paths shown as content/<name>. */
export function goodFiles(): RawFile[] {
	return readContentDir(GOOD).map((f) => ({ ...f, path: `content/${f.name}` }));
}

export type Edit =
	| { file: string; replace: string; with: string }
	| { file: string; add: string }
	| { file: string; remove: true };

/** Applies edits to the fixture; a replace that matches nothing fails loudly, so a case cannot silently test nothing. */
export function edited(edits: Edit[]): RawFile[] {
	let files = goodFiles();
	for (const e of edits) {
		if ('add' in e) files.push({ name: e.file, path: `content/${e.file}`, text: e.add });
		else if ('remove' in e) files = files.filter((f) => f.name !== e.file);
		else {
			const f = files.find((x) => x.name === e.file);
			if (!f || !f.text.includes(e.replace)) throw new Error(`fixture edit found no "${e.replace}" in ${e.file}`);
			f.text = f.text.replace(e.replace, e.with);
		}
	}
	return files;
}
