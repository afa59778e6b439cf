import { getModel } from '$lib/server/model';
import { timelinePage } from '$lib/server/pages';

export const load = () => timelinePage(getModel());
