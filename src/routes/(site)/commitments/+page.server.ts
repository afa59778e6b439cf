import { getModel } from '$lib/server/model';
import { commitmentsPage } from '$lib/server/pages';

export const load = () => commitmentsPage(getModel(), null, null);
