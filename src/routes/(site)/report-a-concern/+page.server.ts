import { getModel } from '$lib/server/model';
import { reportConcernPage } from '$lib/server/pages';

export const load = () => reportConcernPage(getModel());
