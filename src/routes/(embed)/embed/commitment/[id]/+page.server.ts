import { getModel } from '$lib/server/model';
import { embedEntries, embedPage } from '$lib/server/pages';

export const entries = () => embedEntries(getModel(), 'commitment');
export const load = ({ params }) => embedPage(getModel(), 'commitment', params.id);
