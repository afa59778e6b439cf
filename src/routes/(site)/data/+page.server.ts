import { getModel } from '$lib/server/model';
import { dataPage } from '$lib/server/pages';

export const load = () => dataPage(getModel());
