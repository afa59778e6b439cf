import { getModel } from '$lib/server/model';
import { figuresPage } from '$lib/server/pages';

export const load = () => figuresPage(getModel());
