import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { chartSvg } from '$lib/server/chart-file';
import { png } from '$lib/server/png';

export const prerender = true;
export const entries = () => [...getModel().chartImages().keys()].map((name) => ({ name }));

/** The chart's SVG drawn at twice its size. */
export async function GET({ params }) {
	const figure = getModel().chartImages().get(params.name);
	if (!figure) error(404, 'No such chart');
	return respond.png(await png(chartSvg(getModel(), figure)));
}
