import { getModel } from '$lib/server/model';
import { sourcesPage } from '$lib/server/pages';

export const load = () => sourcesPage(getModel());
