import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { commitmentJson, json } from '$lib/output/api';

export const prerender = true;
export const entries = () => getModel().ids.commitments.map((id) => ({ id }));
export function GET({ params }) {
	const c = getModel().commitment(params.id)?.record;
	if (!c) error(404, 'No such commitment');
	return respond.json(json(commitmentJson(c, getModel().at)));
}
