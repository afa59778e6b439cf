import { getContent } from '$lib/server/content';
import { rollup } from '$lib/model/rollup';

export function load() {
	const { commitments, build_date, site } = getContent();
	return {
		rollup: rollup(commitments.map((c) => c.status)),
		statuses: commitments.map((c) => ({ id: c.id, title: c.title, status: c.status })),
		build_date,
		organisation: site.organisation
	};
}
