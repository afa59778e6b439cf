import { getModel } from '$lib/server/model';
import { methodologyPage } from '$lib/server/pages';

export const load = () => methodologyPage(getModel());
