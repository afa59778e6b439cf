import { getModel } from '$lib/server/model';
import { commitmentsPage, sortEntries } from '$lib/server/pages';

export const entries = sortEntries;
export const load = ({ params }) => commitmentsPage(getModel(), null, null, params.sort);
