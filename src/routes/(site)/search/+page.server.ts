import { getModel } from '$lib/server/model';
import { searchPage } from '$lib/server/pages';

export const load = () => searchPage(getModel());
