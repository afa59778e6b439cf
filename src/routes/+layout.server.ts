import { getContent, siteUrl } from '$lib/server/content';

export function load() {
	const { site, build_date } = getContent();
	return { chrome: { title: site.title, organisation: site.organisation, licence: site.licence, build_date, site: siteUrl() } };
}
