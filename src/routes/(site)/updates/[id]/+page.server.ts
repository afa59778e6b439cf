import { getModel } from '$lib/server/model';
import { updatePage } from '$lib/server/pages';

export const entries = () => getModel().updates.map((u) => ({ id: u.id }));
export const load = ({ params }) => updatePage(getModel(), params.id);
