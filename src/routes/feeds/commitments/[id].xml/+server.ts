import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { atom, commitmentFeed } from '$lib/output/atom';

export const prerender = true;
export const entries = () => getModel().ids.commitments.map((id) => ({ id }));
export function GET({ params }) {
	const c = getModel().commitment(params.id)?.record;
	if (!c) error(404, 'No such commitment');
	return respond.atom(atom(getModel(), commitmentFeed(getModel(), c)));
}
