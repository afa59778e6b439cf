import { describe, expect, it } from 'vitest';
import { breakdownState } from './breakdown';
import { stageState } from './stages';
import { timelineState } from './timeline';
import { formatPeriod, formatValue, singular, wrap } from './format';

describe('format', () => {
	it.each([
		[1, 'officers', '1 officer'], [2, 'officers', '2 officers'], [1, 'people', '1 person'], [1500, 'people', '1,500 people'],
		[51, 'percent', '51%'], [86.2, '%', '86.2%'], ['not published' as const, 'officers', 'not published'], [1, 'gross misconduct cases', '1 gross misconduct case']
	])('formatValue(%s, %s) is %s', (v, unit, out) => expect(formatValue(v, unit)).toBe(out));
	it.each([['officers', 'officer'], ['people', 'person'], ['staff', 'staff'], ['status', 'status']])('singular(%s) is %s', (a, b) => expect(singular(a)).toBe(b));
	it.each([
		['2014-15', 'financial_year', '2014 to 2015'], ['1999-00', 'financial_year', '1999 to 2000'], ['2023', 'calendar_year', '2023'], ['2023-09', 'point_in_time', 'September 2023']
	] as const)('formatPeriod(%s, %s) is %s', (p, k, out) => expect(formatPeriod(p, k)).toBe(out));
	it('wraps at spaces, never over the limit unless a word is longer', () => {
		expect(wrap('Would have been dismissed had they not resigned', 20)).toEqual(['Would have been', 'dismissed had they', 'not resigned']);
		expect(wrap('', 10)).toEqual(['']);
		expect(wrap('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
	});
});

describe('breakdownState', () => {
	const m = {
		title: 'Outcomes',
		unit: 'officers',
		as_of: '2022-02',
		total: { value: 6, source: 's' },
		parts: [
			{ label: 'Dismissed', value: 1, source: 's' },
			{ label: 'No case to answer', value: 4, source: 's' },
			{ label: 'Other', value: 'not published' as const }
		]
	};
	it('sizes bars by value and leaves not-published parts without a bar', () => {
		const s = breakdownState(m);
		expect(s.rows[1].barWidth).toBeGreaterThan(s.rows[0].barWidth * 3.9);
		expect(s.rows[2].barWidth).toBe(0);
		expect(s.rows.map((r) => r.barY)).toEqual([...s.rows.map((r) => r.barY)].sort((a, b) => a - b));
		expect(s.height).toBeGreaterThan(s.rows[2].barY);
	});
	it('describes the breakdown in words', () => {
		expect(breakdownState(m).description).toBe(
			'Outcomes, as at February 2022: 6 officers in all. The largest group is "No case to answer" (4 officers). Dismissed: 1 officer; No case to answer: 4 officers; Other: not published.'
		);
	});
});

describe('stageState', () => {
	it.each([
		['a', ['current', 'to come', 'to come'], 'T: stage 1 of 3, "a". Still to come: b, c.'],
		['b', ['done', 'current', 'to come'], 'T: stage 2 of 3, "b". Still to come: c.'],
		['c', ['done', 'done', 'current'], 'T: stage 3 of 3, "c". This is the last stage.']
	])('at stage %s', (current, states, text) => {
		const s = stageState('T', ['a', 'b', 'c'], current);
		expect(s.stages.map((x) => x.state)).toEqual(states);
		expect(s.description).toBe(text);
	});
});

describe('timelineState', () => {
	const s = timelineState('Milestones', [
		{ date: '2023-03-21', title: 'Final report', done: true },
		{ date: '2021-10', title: 'Commissioned', done: true },
		{ date: '2021-10-08', title: 'Reviewer named', done: true },
		{ date: '2027', title: 'Follow-up report', done: false }
	]);
	it('orders milestones by date, a month before the days in it', () => {
		expect(s.rows.map((r) => r.title)).toEqual(['Commissioned', 'Reviewer named', 'Final report', 'Follow-up report']);
	});
	it('shows each year once, and says which milestones are still to come', () => {
		expect(s.rows.map((r) => r.year)).toEqual(['2021', null, '2023', '2027']);
		expect(s.rows[3].lines.join(' ')).toBe('To come: Follow-up report');
	});
	it('stacks rows without overlap', () => {
		for (let i = 1; i < s.rows.length; i++) expect(s.rows[i].y).toBeGreaterThan(s.rows[i - 1].y + 30);
	});
	it('describes the timeline in words', () => {
		expect(s.description).toBe('Milestones: 4 milestones from October 2021 to 2027; 3 done, 1 to come.');
	});
});
