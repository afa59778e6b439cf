/**
 * Reads and loads a content folder. Used by the validator, the build and the tests.
 */
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { readContentDir } from './files';
import { loadContent, type LoadResult } from './load';

export const DEFAULT_CONTENT_DIR = 'content';

export function contentDir(env: Record<string, string | undefined>): string {
	return resolve(env.CONTENT_DIR?.trim() || DEFAULT_CONTENT_DIR);
}

export function loadFolder(dir: string, buildDate: string): LoadResult {
	if (!existsSync(dir))
		return {
			ok: false,
			problems: [{ file: dir, line: 1, col: 1, field: '(folder)', message: 'this content folder does not exist: check CONTENT_DIR' }]
		};
	const shown = relative(process.cwd(), dir).split('\\').join('/');
	return loadContent(readContentDir(dir), buildDate, shown ? `${shown}/` : '');
}
