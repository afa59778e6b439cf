import { getModel } from '$lib/server/model';
import { embedEntries, embedPage } from '$lib/server/pages';

export const entries = () => embedEntries(getModel(), 'milestones');
export const load = ({ params }) => embedPage(getModel(), 'milestones', params.id);
