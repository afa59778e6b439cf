import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { commitmentRow, TABLES, toCsv } from '$lib/output/tables';

export const prerender = true;
export const entries = () => getModel().ids.commitments.map((id) => ({ id }));
export function GET({ params }) {
	const c = getModel().commitment(params.id)?.record;
	if (!c) error(404, 'No such commitment');
	return respond.csv(toCsv(TABLES.commitments, [commitmentRow(c, getModel().at)]));
}
