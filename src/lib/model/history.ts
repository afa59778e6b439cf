import type { Commitment, Correction, StatusChange } from './derive';

export type HistoryEntry = { kind: 'status'; date: string; change: StatusChange } | { kind: 'correction'; date: string; correction: Correction };

/** A commitment's public change history: its status changes and corrections, oldest first. */
export function changeHistory(c: Commitment): HistoryEntry[] {
	return [
		...c.status_history.map((change) => ({ kind: 'status' as const, date: change.date, change })),
		...c.corrections.map((correction) => ({ kind: 'correction' as const, date: correction.date, correction }))
	].sort((a, b) => a.date.localeCompare(b.date));
}
