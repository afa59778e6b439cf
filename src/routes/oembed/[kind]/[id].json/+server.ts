import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { json } from '$lib/output/api';
import { oembed } from '$lib/output/embed';

export const prerender = true;

export function entries() {
	const { ids } = getModel();
	return [
		...ids.metrics.map((id) => ({ kind: 'metric', id })),
		...ids.commitments.map((id) => ({ kind: 'commitment', id })),
		...ids.milestones.map((id) => ({ kind: 'milestones', id }))
	];
}

export function GET({ params }) {
	const kind = params.kind;
	if (kind !== 'metric' && kind !== 'commitment' && kind !== 'milestones') error(404, 'Nothing to embed here');
	const found = getModel().embed(kind, params.id);
	if (!found) error(404, 'Nothing to embed here');
	return respond.json(json(oembed(found.record, getModel().at, getModel().site.title)));
}
