import { getModel } from '$lib/server/model';
import { commitmentsPage, filterEntries } from '$lib/server/pages';

export const entries = () => filterEntries(getModel(), 'status');
export const load = ({ params }) => commitmentsPage(getModel(), 'status', params.slug);
