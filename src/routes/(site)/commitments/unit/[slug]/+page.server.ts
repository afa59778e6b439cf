import { getModel } from '$lib/server/model';
import { commitmentsPage, filterEntries } from '$lib/server/pages';

export const entries = () => filterEntries(getModel(), 'unit');
export const load = ({ params }) => commitmentsPage(getModel(), 'unit', params.slug);
