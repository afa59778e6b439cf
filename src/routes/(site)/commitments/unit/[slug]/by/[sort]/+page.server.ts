import { getModel } from '$lib/server/model';
import { commitmentsPage, filterSortEntries } from '$lib/server/pages';

export const entries = () => filterSortEntries(getModel(), 'unit');
export const load = ({ params }) => commitmentsPage(getModel(), 'unit', params.slug, params.sort);
