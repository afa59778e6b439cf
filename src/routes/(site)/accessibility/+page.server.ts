import { getContent } from '$lib/server/content';

export function load() {
	const { site, build_date } = getContent();
	return { title: site.title, contact: site.contact ?? null, build_date };
}
