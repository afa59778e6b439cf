/**
 * The site's single entry to the model: content loaded once per build from CONTENT_DIR, at
 * BUILD_DATE, for the address the site is published at. `npm run build` validates first, so a
 * failure here means the content changed mid-build.
 */
import { contentDir, loadFolder } from '$lib/content/index';
import { resolveBuildDate } from '$lib/content/build-date';
import { formatProblem } from '$lib/content/problems';
import { createModel, type Model } from '$lib/model';
import { LOCAL_URL, siteAddress } from '$lib/model/addresses';

let cached: Model | undefined;
let unfinished: string[] = [];

export function getModel(): Model {
	if (cached) return cached;
	const buildDate = resolveBuildDate(process.env, () => new Date());
	const result = loadFolder(contentDir(process.env), buildDate);
	if (!result.ok) throw new Error(`content is not valid:\n${result.problems.map(formatProblem).join('\n')}`);
	// scripts/build.ts resolves the address (SITE_URL, base_url or the local one) and passes it on.
	const url = process.env.SITE_URL?.trim() || result.content.site.data.base_url || LOCAL_URL;
	cached = createModel(result.content, { buildDate, site: siteAddress(url) });
	unfinished = result.stops.map(formatProblem);
	return cached;
}

/** What a build for publication would stop on (placeholder text, an update with no source), as the validator words it: a preview lists it. */
export const unfinishedWork = (): string[] => (getModel(), unfinished);

/** A local copy (npm start, npm run preview): its embed codes point at this computer. */
export const isLocal = (): boolean => process.env.SITE_LOCAL === '1';

/** Whether this build makes each evidence pack as a PDF too (scripts/build.ts decides: it needs Chromium). */
export const packPdf = (): boolean => process.env.PACK_PDF === '1';
