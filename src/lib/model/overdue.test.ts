import { describe, expect, it } from 'vitest';
import { overdueDays } from './overdue';
import type { Status } from '../content/schema';

describe('overdueDays', () => {
	it.each<{ status: Status; due?: { original?: string; revised?: string }; today: string; days: number | null }>([
		{ status: 'in_progress', due: undefined, today: '2026-01-01', days: null },
		{ status: 'in_progress', due: { original: '2026-01-01' }, today: '2026-01-01', days: null },
		{ status: 'in_progress', due: { original: '2026-01-01' }, today: '2026-01-02', days: 1 },
		{ status: 'in_progress', due: { original: '2025-12-31' }, today: '2026-03-01', days: 60 },
		{ status: 'delayed', due: { original: '2024-02-28' }, today: '2024-03-01', days: 2 },
		{ status: 'delayed', due: { original: '2023-02-28' }, today: '2023-03-01', days: 1 },
		{ status: 'in_progress', due: { original: '2025-01-01', revised: '2026-06-30' }, today: '2026-06-01', days: null },
		{ status: 'in_progress', due: { original: '2025-01-01', revised: '2026-06-30' }, today: '2026-07-10', days: 10 },
		{ status: 'delivered', due: { original: '2020-01-01' }, today: '2026-01-01', days: null },
		{ status: 'ongoing', due: { original: '2020-01-01' }, today: '2026-01-01', days: null },
		{ status: 'not_delivered', due: { original: '2020-01-01' }, today: '2026-01-01', days: null },
		{ status: 'planned', due: { original: '2026-03-29' }, today: '2026-03-30', days: 1 },
		{ status: 'cannot_yet_assess', due: { original: '2026-10-24' }, today: '2026-10-26', days: 2 }
	])('$status due $due on $today → $days', ({ status, due, today, days }) => {
		expect(overdueDays(status, due, today)).toBe(days);
	});
});
