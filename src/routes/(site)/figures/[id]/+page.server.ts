import { getModel } from '$lib/server/model';
import { figurePage } from '$lib/server/pages';

export const entries = () => getModel().ids.metrics.map((id) => ({ id }));
export const load = ({ params }) => figurePage(getModel(), params.id);
