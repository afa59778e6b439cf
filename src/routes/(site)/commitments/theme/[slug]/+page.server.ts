import { getModel } from '$lib/server/model';
import { commitmentsPage, filterEntries } from '$lib/server/pages';

export const entries = () => filterEntries(getModel(), 'theme');
export const load = ({ params }) => commitmentsPage(getModel(), 'theme', params.slug);
