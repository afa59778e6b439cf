import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { cardSvg } from '$lib/server/card-file';
import { png } from '$lib/server/png';

export const prerender = true;
export const entries = () => [...getModel().cardSubjects().keys()].map((name) => ({ name }));

/** A share card, 1200 × 630. */
export async function GET({ params }) {
	const subject = getModel().cardSubjects().get(params.name);
	if (!subject) error(404, 'No such card');
	return respond.png(await png(cardSvg(getModel(), subject), 1));
}
