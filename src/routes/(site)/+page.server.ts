import { getModel } from '$lib/server/model';
import { homePage } from '$lib/server/pages';

export const load = () => homePage(getModel());
