import { endOf, financialYearStart, formatDate } from '../../content/dates';
import type { PeriodKind, Value } from '../../content/schema';
import { NOT_PUBLISHED } from '../../content/schema';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
	return numberFormat.format(n);
}

/** A value with its unit as a reader says it: "51%", "113 officers", "not published". */
export function formatValue(value: Value, unit: string): string {
	if (value === NOT_PUBLISHED) return 'not published';
	if (isPercentUnit(unit)) return `${formatNumber(value)}%`;
	return `${formatNumber(value)} ${value === 1 ? singular(unit) : unit}`;
}

/** A change between two values: a share changes by percentage points ("down 5 percentage points" for 51% → 46%), never by "5%". */
export function formatChange(change: number, unit: string): string {
	if (isPercentUnit(unit)) return `${formatNumber(change)} percentage ${change === 1 ? 'point' : 'points'}`;
	return formatValue(change, unit);
}

/** The figure as written at its mark on a chart: the number (with % for a share), no unit. */
export function markValue(value: Value, unit: string): string {
	if (value === NOT_PUBLISHED) return 'n/p';
	return isPercentUnit(unit) ? `${formatNumber(value)}%` : formatNumber(value);
}

const SINGULAR: Record<string, string> = { people: 'person', staff: 'staff' };

/** "1 officer", "1 person": units are written in the plural in content. */
export function singular(unit: string): string {
	const words = unit.split(' ');
	const last = words[words.length - 1];
	words[words.length - 1] = SINGULAR[last] ?? (/[^su]s$/.test(last) ? last.slice(0, -1) : last);
	return words.join(' ');
}

export function isPercentUnit(unit: string): boolean {
	return /^(percent|per cent|%)$/i.test(unit.trim());
}

/** "2014 to 2015" for a financial year, as GOV.UK writes it; dates in words otherwise. */
export function formatPeriod(period: string, kind: PeriodKind): string {
	const fy = kind === 'financial_year' ? financialYearStart(period) : null;
	return fy === null ? formatDate(period) : `${fy} to ${fy + 1}`;
}

/**
 * The span from one period to another in words. Financial years are spanned by their months
 * ("from April 2014 to March 2017"): "from 2014 to 2015 to 2016 to 2017" cannot be read.
 */
export function formatSpan(from: string, to: string, kind: PeriodKind): string {
	const [a, b] = kind === 'financial_year' ? [financialYearStart(from), financialYearStart(to)] : [null, null];
	if (a !== null && b !== null) return `from April ${a} to March ${b + 1}`;
	return `from ${formatPeriod(from, kind)} to ${formatPeriod(to, kind)}`;
}

/** The last day a period covers, as YYYY-MM-DD: how old a figure for that period is counts from here. */
export function periodEnd(period: string, kind: PeriodKind): string {
	const fy = kind === 'financial_year' ? financialYearStart(period) : null;
	return fy === null ? endOf(period) : `${fy + 1}-03-31`;
}

/** A short form for axis labels, where space is tight: "2014-15", "Nov 2021", "2020". */
export function shortPeriod(period: string, kind: PeriodKind): string {
	if (kind !== 'point_in_time') return period;
	const [y, m] = period.split('-');
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	return m ? `${months[Number(m) - 1]} ${y}` : y;
}

export const PERIOD_KIND_LABEL: Record<PeriodKind, string> = {
	point_in_time: 'Date of figure',
	calendar_year: 'Calendar year',
	financial_year: 'Financial year (April to March)'
};

/** Coordinates are rounded so that SVG output is stable across machines. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** SVG text does not wrap: break a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}
