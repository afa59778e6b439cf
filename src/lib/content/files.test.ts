import { describe, expect, it } from 'vitest';
import { decode, MAX_FILE_BYTES } from './files';

describe('decode', () => {
	it('reads UTF-8, with or without a byte-order mark', () => {
		expect(decode(new TextEncoder().encode('title: Café £100'))).toEqual({ text: 'title: Café £100' });
		expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: x')]))).toEqual({ text: '---\ntitle: x' });
	});

	it('refuses Latin-1 rather than guessing, naming the byte and the line', () => {
		const latin1 = new Uint8Array([...new TextEncoder().encode('a: 1\ntitle: Caf'), 0xe9, 0x20, 0xa3, 0x31]);
		const r = decode(latin1);
		expect(r.text).toBe('');
		expect(r.unreadable).toBe('this file is not saved as UTF-8 (byte 0xE9 on line 2 cannot be read): save it again as UTF-8 in your editor (in most editors: Save as, then Encoding: UTF-8)');
	});

	it('refuses a file over the size limit before reading it', () => {
		expect(decode(new Uint8Array(MAX_FILE_BYTES + 1)).unreadable).toMatch(/^this file is 1\.0 MB; a content file may be at most 1 MB/);
	});
});
