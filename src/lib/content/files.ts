/**
 * The only module that touches the file system: it reads the content folder into plain strings.
 * Everything after it is a pure function of (files, build date).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RawFile {
	/** as shown to editors, e.g. content/commitments/casey-review.yaml */
	path: string;
	/** relative to the content folder, with forward slashes, e.g. commitments/casey-review.yaml */
	name: string;
	text: string;
}

export function readContentDir(dir: string, cwd = process.cwd()): RawFile[] {
	const out: RawFile[] = [];
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder).sort()) {
			if (entry.startsWith('.')) continue;
			const abs = join(folder, entry);
			if (statSync(abs).isDirectory()) walk(abs);
			else
				out.push({
					path: relative(cwd, abs).split('\\').join('/'),
					name: relative(dir, abs).split('\\').join('/'),
					text: readFileSync(abs, 'utf8')
				});
		}
	};
	walk(dir);
	return out;
}
