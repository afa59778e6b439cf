/**
 * A card's status tag wears the page's colours: the light half of each `--tag-*` pair in app.css.
 * Cards are PNGs drawn without the stylesheet, so the pair is kept in card.ts; this fails when the
 * two drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLines, TAG_COLOURS } from './card';

const css = readFileSync(resolve(import.meta.dirname, '../../app.css'), 'utf8');
const lightOf = (name: string): string | undefined => new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),`, 'i').exec(css)?.[1]?.toLowerCase();

describe('card tag colours', () => {
	it.each(Object.entries(TAG_COLOURS))('%s matches app.css (light)', (tag, { ink, bg }) => {
		expect(lightOf(`tag-${tag}`)).toBe(ink);
		expect(lightOf(`tag-${tag}-bg`)).toBe(bg);
	});
});

describe('fitLines', () => {
	it.each([
		['short', 20, 2, ['short']],
		['one two three four five six', 9, 2, ['one two', 'three…']],
		['one two three four', 9, 3, ['one two', 'three', 'four']],
		['abcd efgh ijkl mnop', 9, 1, ['abcd…']]
	] as const)('%s in %i characters, at most %i lines', (text, chars, most, lines) => {
		expect(fitLines(text, chars, most)).toEqual(lines);
	});
});
