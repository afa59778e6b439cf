import { getModel } from '$lib/server/model';
import { embedEntries, embedPage } from '$lib/server/pages';

export const entries = () => embedEntries(getModel(), 'timeline');
export const load = ({ params }) => embedPage(getModel(), 'timeline', params.id);
