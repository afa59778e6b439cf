import { getModel } from '$lib/server/model';
import { embedEntries, embedPage } from '$lib/server/pages';

export const entries = () => embedEntries(getModel(), 'metric');
export const load = ({ params }) => embedPage(getModel(), 'metric', params.id);
