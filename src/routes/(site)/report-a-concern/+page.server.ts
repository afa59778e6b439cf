import { getContent } from '$lib/server/content';
import { sourceIndex } from '$lib/server/select';

export function load() {
	const content = getContent();
	const routes = content.site.reporting_routes;
	return { routes, organisation: content.site.organisation, sources: sourceIndex(content, routes.map((r) => r.source)) };
}
