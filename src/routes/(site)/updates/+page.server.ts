import { getModel } from '$lib/server/model';
import { updatesPage } from '$lib/server/pages';

export const load = () => updatesPage(getModel());
