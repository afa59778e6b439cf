import { isRealDate, todayInLondon } from './dates';

/**
 * The one notion of "today" for a build: BUILD_DATE (YYYY-MM-DD), or today in London.
 * Embargoes and "overdue by N days" are computed from this value and nothing else.
 */
export function resolveBuildDate(env: Record<string, string | undefined>, now: () => Date): string {
	const given = env.BUILD_DATE?.trim();
	if (!given) return todayInLondon(now());
	if (!isRealDate(given)) throw new BuildDateError(given);
	return given;
}

export class BuildDateError extends Error {
	constructor(value: string) {
		super(`BUILD_DATE must be a real date written YYYY-MM-DD, e.g. BUILD_DATE=2026-03-01 (got "${value}")`);
	}
}
