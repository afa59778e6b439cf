import { describe, expect, it } from 'vitest';
import { rollup, type RollupInput } from './rollup';
import type { Status } from '../content/schema';

/** Commitments without sub-commitments, one per status. */
const flat = (statuses: Status[]): RollupInput[] => statuses.map((status, i) => ({ id: `c${i}`, status, children: [] }));

describe('rollup: every promise counts once, ongoing apart', () => {
	it.each<{ name: string; input: RollupInput[]; counted: number; delivered: number; assessable: number; percent: number | null; ongoing?: number }>([
		{ name: 'nothing tracked', input: [], counted: 0, delivered: 0, assessable: 0, percent: null },
		{ name: 'one delivered', input: flat(['delivered']), counted: 1, delivered: 1, assessable: 1, percent: 100 },
		{ name: 'delivered and in progress', input: flat(['delivered', 'in_progress']), counted: 2, delivered: 1, assessable: 2, percent: 50 },
		{ name: 'cannot yet assess is left out', input: flat(['delivered', 'in_progress', 'cannot_yet_assess']), counted: 3, delivered: 1, assessable: 2, percent: 50 },
		{ name: 'only cannot yet assess: no figure', input: flat(['cannot_yet_assess', 'cannot_yet_assess']), counted: 2, delivered: 0, assessable: 0, percent: null },
		{ name: 'ongoing is its own group, left out of the share', input: flat(['delivered', 'ongoing']), counted: 2, delivered: 1, assessable: 1, percent: 100, ongoing: 1 },
		{ name: 'only ongoing: no figure (it can never reach 100%)', input: flat(['ongoing']), counted: 1, delivered: 0, assessable: 0, percent: null, ongoing: 1 },
		{ name: 'planned and delayed count against delivered', input: flat(['delivered', 'planned', 'delayed']), counted: 3, delivered: 1, assessable: 3, percent: 33 },
		{
			name: 'a delivered parent whose sub-commitments cannot be assessed counts as its sub-commitments',
			input: [{ id: 'reply', status: 'delivered', children: ['a', 'b', 'c'] }, ...['a', 'b', 'c'].map((id) => ({ id, status: 'cannot_yet_assess' as Status, children: [] }))],
			counted: 3,
			delivered: 0,
			assessable: 0,
			percent: null
		},
		{
			name: 'a parent is never counted as well as its sub-commitments',
			input: [
				{ id: 'p', status: 'in_progress', children: ['a', 'b'] },
				{ id: 'a', status: 'delivered', children: [] },
				{ id: 'b', status: 'delayed', children: [] },
				{ id: 'q', status: 'delivered', children: [] }
			],
			counted: 3,
			delivered: 2,
			assessable: 3,
			percent: 67
		},
		{
			name: 'sub-commitments of sub-commitments: only the last level counts',
			input: [
				{ id: 'p', status: 'delivered', children: ['a'] },
				{ id: 'a', status: 'delivered', children: ['b'] },
				{ id: 'b', status: 'in_progress', children: [] }
			],
			counted: 1,
			delivered: 0,
			assessable: 1,
			percent: 0
		},
		{ name: 'halves round up', input: flat(['delivered', 'delivered', 'delivered', 'in_progress', 'in_progress', 'in_progress', 'delivered', 'planned']), counted: 8, delivered: 4, assessable: 8, percent: 50 },
		{ name: '5 of 8 is 63% (62.5 rounds up)', input: flat(['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'in_progress', 'in_progress', 'planned']), counted: 8, delivered: 5, assessable: 8, percent: 63 }
	])('$name', ({ input, counted, delivered, assessable, percent, ongoing = 0 }) => {
		const r = rollup(input);
		expect([r.counted, r.delivered, r.assessable, r.percent, r.counts.ongoing]).toEqual([counted, delivered, assessable, percent, ongoing]);
		expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.counted);
		expect(r.tracked).toBe(input.length);
	});

	it('groups statuses as the dashboard shows them', () => {
		expect(rollup(flat(['planned', 'ongoing', 'in_progress', 'delayed', 'not_delivered', 'cannot_yet_assess', 'delivered'])).counts).toEqual({
			delivered: 1,
			in_progress: 2,
			ongoing: 1,
			delayed: 2,
			cannot_yet_assess: 1
		});
	});
});
