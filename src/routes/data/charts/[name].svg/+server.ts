import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { chartSvg } from '$lib/server/chart-file';

export const prerender = true;
export const entries = () => [...getModel().chartImages().keys()].map((name) => ({ name }));
export function GET({ params }) {
	const figure = getModel().chartImages().get(params.name);
	if (!figure) error(404, 'No such chart');
	return respond.svg(chartSvg(getModel(), figure));
}
