/** Embed codes in each colour scheme: the site's writer and the browser's builder agree. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { folderModel } from '../../../tests/helpers/model';
import { EMBED_THEMES, codeWithTheme, embedCode } from './embed';

const model = folderModel(join(import.meta.dirname, '..', '..', '..', 'content'), '2026-11-24', 'https://example.org/tracker');

describe('embed codes by colour scheme', () => {
	const all = model.embeds();
	it('there are embeds to check', () => expect(all.length).toBeGreaterThan(20));

	it.each(EMBED_THEMES.map((t) => t.theme))('%s: the builder turns the light code into the code the site writes', (theme) => {
		for (const e of all) {
			const light = embedCode(e, model.at);
			expect(codeWithTheme(light, theme)).toBe(embedCode(e, model.at, theme));
			expect(codeWithTheme(embedCode(e, model.at, theme), 'light')).toBe(light);
		}
	});

	it('light is the default and adds nothing; the others say so in the embed address only', () => {
		const e = all[0];
		expect(embedCode(e, model.at)).not.toContain('theme=');
		const dark = embedCode(e, model.at, 'dark');
		expect(dark).toMatch(/<iframe src="https:\/\/example\.org\/tracker\/embed\/[^"]+\?v=\w+&amp;theme=dark"/);
		expect(dark.match(/theme=/g)).toHaveLength(1);
	});
});
