import { getModel } from '$lib/server/model';
import { commitmentsPage, filterSortEntries } from '$lib/server/pages';

export const entries = () => filterSortEntries(getModel(), 'status');
export const load = ({ params }) => commitmentsPage(getModel(), 'status', params.slug, params.sort);
