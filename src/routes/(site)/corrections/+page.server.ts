import { getModel } from '$lib/server/model';
import { correctionsPage } from '$lib/server/pages';

export const load = () => correctionsPage(getModel());
