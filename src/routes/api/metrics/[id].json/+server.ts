import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json, metricJson } from '$lib/output/api';

export const prerender = true;
export const entries = () => getModel().ids.metrics.map((id) => ({ id }));
export function GET({ params }) {
	const m = getModel().metric(params.id)?.record;
	if (!m) error(404, 'No such metric');
	return respond.json(json(metricJson(m, getModel().at)));
}
