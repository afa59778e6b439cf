import { filterEntries, indexPage } from '$lib/server/commitments-index';

export const entries = () => filterEntries('unit');
export const load = ({ params }) => indexPage('unit', params.slug);
