import { describe, expect, it } from 'vitest';
import { ageText, monthsBefore, olderThan, wholeMonths } from './age';

describe('age of evidence', () => {
	it.each([
		['2026-11-24', 12, '2025-11-24'],
		['2026-03-31', 1, '2026-02-28'],
		['2024-03-31', 1, '2024-02-29'],
		['2026-01-15', 1, '2025-12-15'],
		['2026-11-24', 0, '2026-11-24']
	])('%s less %i months is %s', (date, months, out) => expect(monthsBefore(date, months)).toBe(out));

	it.each([
		['2026-10-24', '2026-11-24', 1],
		['2026-10-25', '2026-11-24', 0],
		['2022-02-01', '2026-11-24', 57]
	])('%s to %s is %i whole months', (a, b, n) => expect(wholeMonths(a, b)).toBe(n));

	it.each([
		['2026-11-24', '2026-11-24', 'from today'],
		['2026-11-01', '2026-11-24', 'less than a month'],
		['2026-10-24', '2026-11-24', '1 month'],
		['2025-11-24', '2026-11-24', '1 year'],
		['2022-02', '2026-11-24', '4 years and 9 months'],
		['2021', '2026-11-24', '5 years and 10 months']
	])('evidence from %s is %s old on %s', (from, to, text) => expect(ageText(from, to)).toBe(text));

	it.each([
		['2025-11-24', '2026-11-24', 12, false],
		['2025-11-23', '2026-11-24', 12, true],
		['2025-11', '2026-11-24', 12, true],
		['2026-06', '2026-11-24', 12, false]
	])('evidence from %s on %s: older than %i months is %s', (date, build, months, stale) => expect(olderThan(date, build, months)).toBe(stale));
});
