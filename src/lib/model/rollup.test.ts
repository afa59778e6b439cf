import { describe, expect, it } from 'vitest';
import { rollup } from './rollup';
import type { Status } from '../content/schema';

describe('rollup', () => {
	it.each<{ statuses: Status[]; percent: number | null; assessable: number; delivered: number }>([
		{ statuses: [], percent: null, assessable: 0, delivered: 0 },
		{ statuses: ['cannot_yet_assess', 'cannot_yet_assess'], percent: null, assessable: 0, delivered: 0 },
		{ statuses: ['delivered'], percent: 100, assessable: 1, delivered: 1 },
		{ statuses: ['delivered', 'in_progress'], percent: 50, assessable: 2, delivered: 1 },
		{ statuses: ['delivered', 'in_progress', 'cannot_yet_assess'], percent: 50, assessable: 2, delivered: 1 },
		{ statuses: ['delivered', 'planned', 'delayed'], percent: 33, assessable: 3, delivered: 1 },
		{ statuses: ['delivered', 'delivered', 'ongoing'], percent: 67, assessable: 3, delivered: 2 },
		{ statuses: ['delivered', 'not_delivered', 'delayed', 'ongoing', 'planned', 'in_progress', 'delivered', 'delivered'], percent: 38, assessable: 8, delivered: 3 }
	])('$statuses → $percent%', ({ statuses, percent, assessable, delivered }) => {
		const r = rollup(statuses);
		expect(r.percent).toBe(percent);
		expect(r.assessable).toBe(assessable);
		expect(r.delivered).toBe(delivered);
		expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(statuses.length);
	});

	it('groups statuses as the dashboard shows them', () => {
		expect(rollup(['planned', 'ongoing', 'in_progress', 'delayed', 'not_delivered', 'cannot_yet_assess', 'delivered']).counts).toEqual({
			delivered: 1,
			in_progress: 3,
			delayed: 2,
			cannot_yet_assess: 1
		});
	});
});
