/** The small scripts served as files (static/) agree with the code that relies on them. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESIZE_MESSAGE } from '../../src/lib/model/resize';
import { EMBED_THEMES } from '../../src/lib/output/embed';

const file = (name: string): string => readFileSync(join(import.meta.dirname, '..', '..', 'static', name), 'utf8');

describe('static scripts', () => {
	it('the embed page and the host script speak the same message', () => {
		expect(file('embed-frame.js')).toContain(`'${RESIZE_MESSAGE}'`);
		expect(file('embed.js')).toContain(`"${RESIZE_MESSAGE}"`);
	});
	it('the host script finds embeds under the address it was loaded from, so it works under a base path', () => {
		expect(file('embed.js')).toContain('new URL("embed/",document.currentScript.src)');
		expect(gzipSync(file('embed.js'), { level: 9 }).length).toBeLessThanOrEqual(300);
	});
	it('the embed page knows every colour scheme an embed code can ask for, by the name the code uses', () => {
		for (const { theme } of EMBED_THEMES.filter((t) => t.theme !== 'light')) expect(file('embed-frame.js')).toContain(`theme === '${theme}'`);
		expect(file('embed-frame.js')).toContain("q.get('theme')");
	});
});
