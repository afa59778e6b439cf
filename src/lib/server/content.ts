/**
 * The site's single entry to content: loaded once per build from CONTENT_DIR at BUILD_DATE.
 * `npm run build` validates first, so a failure here means the content changed mid-build.
 */
import { contentDir, loadFolder } from '$lib/content/index';
import { resolveBuildDate } from '$lib/content/build-date';
import { formatProblem } from '$lib/content/problems';
import type { Content } from '$lib/content/assemble';

let cached: Content | undefined;

export function getContent(): Content {
	if (cached) return cached;
	const result = loadFolder(contentDir(process.env), resolveBuildDate(process.env, () => new Date()));
	if (!result.ok) throw new Error(`content is not valid:\n${result.problems.map(formatProblem).join('\n')}`);
	cached = result.content;
	return cached;
}

/**
 * The address the site is published at, for embed codes, oEmbed and canonical links:
 * SITE_URL, else `base_url` in site.yaml, else the local address `npm start` serves.
 */
export function siteUrl(): string {
	const url = process.env.SITE_URL?.trim() || getContent().site.base_url || 'http://127.0.0.1:4173';
	return url.replace(/\/+$/, '');
}
