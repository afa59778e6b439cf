import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { metricRows, TABLES, toCsv } from '$lib/output/tables';

export const prerender = true;
export const entries = () => getModel().ids.metrics.map((id) => ({ id }));
export function GET({ params }) {
	const m = getModel().metric(params.id)?.record;
	if (!m) error(404, 'No such metric');
	return respond.csv(toCsv(TABLES.metric_values, metricRows(m)));
}
