/**
 * How old a piece of evidence is on the build date, in words a reader uses, and whether it is
 * older than the limit the site sets (site.yaml: evidence_limit_months).
 */
import { daysBetween, daysInMonth, startOf } from '../content/dates';

/** The date `months` calendar months before `date` (both YYYY-MM-DD); the 31st becomes the month's last day. */
export function monthsBefore(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number);
	const total = y * 12 + (m - 1) - months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
}

/** Whole calendar months from `from` to `to`. */
export function wholeMonths(from: string, to: string): number {
	let n = 0;
	while (monthsBefore(to, n + 1) >= from) n++;
	return n;
}

/** "3 years and 2 months", "11 months", "less than a month". Partial dates count from their first day. */
export function ageText(from: string, to: string): string {
	const months = wholeMonths(startOf(from), to);
	if (months < 1) return daysBetween(startOf(from), to) <= 0 ? 'from today' : 'less than a month';
	const [y, m] = [Math.floor(months / 12), months % 12];
	const part = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
	return [y ? part(y, 'year') : '', m ? part(m, 'month') : ''].filter(Boolean).join(' and ');
}

/** True when evidence dated `date` is older than `months` months on `buildDate`. */
export const olderThan = (date: string, buildDate: string, months: number): boolean => startOf(date) < monthsBefore(buildDate, months);
