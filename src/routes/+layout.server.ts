import { getContent, siteUrl } from '$lib/server/content';

export function load() {
	const { site, build_date } = getContent();
	// Set only by `npm run preview`: the real date, so a preview of a future date can say so.
	const today = process.env.PREVIEW_TODAY;
	const preview = today && build_date > today ? { today, build_date } : null;
	return { chrome: { title: site.title, organisation: site.organisation, licence: site.licence, build_date, site: siteUrl(), preview } };
}
