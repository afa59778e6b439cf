import { getModel } from '$lib/server/model';
import { commitmentPage } from '$lib/server/pages';

export const entries = () => getModel().ids.commitments.map((id) => ({ id }));
export const load = ({ params }) => commitmentPage(getModel(), params.id);
