import { describe, expect, it } from 'vitest';
import { daysBetween, endOf, financialYearStart, formatDate, isPartialDate, isRealDate, startOf, todayInLondon } from './dates';

describe('isRealDate', () => {
	it.each([
		['2023-02-28', true], ['2023-02-29', false], ['2024-02-29', true], ['2023-02-30', false],
		['2023-04-31', false], ['2023-12-31', true], ['2023-13-01', false], ['2023-00-10', false],
		['2023-1-01', false], ['23-01-01', false], ['', false], ['2023-01-01T00:00', false]
	])('%s → %s', (v, ok) => expect(isRealDate(v)).toBe(ok));
});

describe('isPartialDate', () => {
	it.each([['2022', true], ['2022-10', true], ['2022-13', false], ['2022-10-17', true], ['2022-10-32', false], ['Oct 2022', false]])(
		'%s → %s', (v, ok) => expect(isPartialDate(v)).toBe(ok)
	);
});

describe('financialYearStart', () => {
	it.each([
		['2014-15', 2014], ['1999-00', 1999], ['2014-16', null], ['2014', null], ['2014-2015', null], ['14-15', null]
	] as const)('%s starts in %s', (p, y) => expect(financialYearStart(p)).toBe(y));
});

describe('date arithmetic', () => {
	it.each([
		['2026-03-28', '2026-03-30', 2], // across the change to British Summer Time
		['2026-10-24', '2026-10-26', 2], // and back
		['2024-01-01', '2025-01-01', 366],
		['2025-01-02', '2025-01-01', -1]
	])('from %s to %s is %i days', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
	it.each([['2023', '2023-01-01', '2023-12-31'], ['2024-02', '2024-02-01', '2024-02-29'], ['2023-02-05', '2023-02-05', '2023-02-05']])(
		'%s spans %s to %s', (v, s, e) => {
			expect(startOf(v)).toBe(s);
			expect(endOf(v)).toBe(e);
		}
	);
	it.each([['2023-03-21', '21 March 2023'], ['2022-10', 'October 2022'], ['2021', '2021']])('formats %s as %s', (v, out) =>
		expect(formatDate(v)).toBe(out)
	);
	it.each([
		['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already tomorrow in London
		['2026-12-31T23:30:00Z', '2026-12-31'] // GMT
	])('today in London at %s is %s', (iso, day) => expect(todayInLondon(new Date(iso))).toBe(day));
});
