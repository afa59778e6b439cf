import { getModel } from '$lib/server/model';
import { notFoundPage } from '$lib/server/pages';

export const load = () => notFoundPage(getModel());
