import { getModel } from '$lib/server/model';
import { accessibilityPage } from '$lib/server/pages';

export const load = () => accessibilityPage(getModel());
