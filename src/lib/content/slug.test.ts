import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
	it.each([
		['Final report published', 'final-report-published'],
		["The Met's reply: all 15 accepted!", 'the-mets-reply-all-15-accepted'],
		['Café & résumé — 2026', 'cafe-resume-2026'],
		['   ', ''],
		['A very long title that goes on and on well past the sixty character limit set', 'a-very-long-title-that-goes-on-and-on-well-past-the-sixty'],
		['exactly-sixty-characters-long-title-exactly-sixty-characters', 'exactly-sixty-characters-long-title-exactly-sixty-characters']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
		expect(slugify(title).length).toBeLessThanOrEqual(60);
	});
});
