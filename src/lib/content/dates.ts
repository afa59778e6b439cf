/**
 * Dates in content are plain strings (YAML 1.2 keeps 2023-02-30 a string), checked here so that
 * an impossible date is an error rather than a silent roll-over into March.
 */
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(value: string): boolean {
	const m = FULL.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isPartialDate(value: string): boolean {
	if (YEAR.test(value)) return true;
	const m = MONTH.exec(value);
	if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
	return isRealDate(value);
}

/**
 * The year a financial year (April to March) starts in, from its YYYY-YY form ("2014-15" → 2014);
 * null when the period is not written that way or its two years do not follow each other.
 */
export function financialYearStart(period: string): number | null {
	const m = MONTH.exec(period);
	return m && (Number(m[1]) + 1) % 100 === Number(m[2]) ? Number(m[1]) : null;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The last day a partial date could mean, so "due 2023-03" is not overdue until March is over,
 * and the first day, for sorting and for "made on".
 */
export function endOf(value: string): string {
	if (YEAR.test(value)) return `${value}-12-31`;
	const m = MONTH.exec(value);
	if (m) return `${value}-${String(daysInMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
	return value;
}

export function startOf(value: string): string {
	if (YEAR.test(value)) return `${value}-01-01`;
	if (MONTH.test(value)) return `${value}-01`;
	return value;
}

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

/** "21 March 2023", "March 2023" or "2023", as GOV.UK writes dates. */
export function formatDate(value: string): string {
	const full = FULL.exec(value);
	if (full) return `${Number(full[3])} ${MONTHS[Number(full[2]) - 1]} ${full[1]}`;
	const month = MONTH.exec(value);
	if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
	return value;
}

/** Today's date in London, as YYYY-MM-DD. Called once, at the entry point, never deep inside. */
export function todayInLondon(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/London',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
}
