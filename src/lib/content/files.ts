/**
 * The only module that touches the file system: it reads the content folder into plain strings.
 * Everything after it is a pure function of (files, build date).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MAX_FILE_BYTES } from './kinds';

export interface RawFile {
	/** as shown to editors, e.g. content/commitments/casey-review.yaml */
	path: string;
	/** relative to the content folder, with forward slashes, e.g. commitments/casey-review.yaml */
	name: string;
	text: string;
	/** why the file cannot be read as text, in an editor's words; its text is then empty */
	unreadable?: string;
}

export { MAX_FILE_BYTES };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's bytes as text: UTF-8, with or without a byte-order mark; anything else is refused, not guessed. */
export function decode(bytes: Uint8Array): { text: string; unreadable?: string } {
	if (bytes.length > MAX_FILE_BYTES)
		return { text: '', unreadable: `this file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a content file may be at most 1 MB: split it, or move long lists into several files` };
	try {
		return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		const at = firstBadByte(bytes);
		return {
			text: '',
			unreadable: `this file is not saved as UTF-8 (byte 0x${bytes[at.index].toString(16).toUpperCase()} on line ${at.line} cannot be read): save it again as UTF-8 in your editor (in most editors: Save as, then Encoding: UTF-8)`
		};
	}
}

/** Where a file stops being UTF-8, to point the editor at the line. */
function firstBadByte(bytes: Uint8Array): { index: number; line: number } {
	let line = 1;
	for (let i = 0; i < bytes.length; ) {
		const c = bytes[i];
		const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
		if (extra < 0) return { index: i, line };
		for (let k = 1; k <= extra; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return { index: i, line };
		if (c === 0x0a) line++;
		i += extra + 1;
	}
	return { index: 0, line: 1 };
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
					...decode(readFileSync(abs))
				});
		}
	};
	walk(dir);
	return out;
}
