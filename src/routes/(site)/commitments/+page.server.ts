import { indexPage } from '$lib/server/commitments-index';

export const load = () => indexPage(null, null);
