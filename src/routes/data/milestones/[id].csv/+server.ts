import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { milestoneRows, TABLES, toCsv } from '$lib/output/tables';

export const prerender = true;
export const entries = () => getModel().ids.milestones.map((id) => ({ id }));
export function GET({ params }) {
	const c = getModel().commitment(params.id)?.record;
	if (!c?.milestones.length) error(404, 'No such timeline');
	return respond.csv(toCsv(TABLES.milestones, milestoneRows(c)));
}
