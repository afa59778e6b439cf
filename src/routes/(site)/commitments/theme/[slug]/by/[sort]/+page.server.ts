import { getModel } from '$lib/server/model';
import { commitmentsPage, filterSortEntries } from '$lib/server/pages';

export const entries = () => filterSortEntries(getModel(), 'theme');
export const load = ({ params }) => commitmentsPage(getModel(), 'theme', params.slug, params.sort);
