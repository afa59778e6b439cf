import type { Status } from '../content/schema';
import { daysBetween } from '../content/dates';

/** Statuses for which a passed due date no longer matters. */
const SETTLED: ReadonlySet<Status> = new Set(['delivered', 'ongoing', 'not_delivered']);

/**
 * Days past the due date (the revised one if the date moved), or null when nothing is overdue.
 * A commitment due today is not overdue; it is one day overdue tomorrow.
 */
export function overdueDays(
	status: Status,
	due: { original?: string; revised?: string } | undefined,
	buildDate: string
): number | null {
	const date = due?.revised ?? due?.original;
	if (!date || SETTLED.has(status)) return null;
	const days = daysBetween(date, buildDate);
	return days > 0 ? days : null;
}
