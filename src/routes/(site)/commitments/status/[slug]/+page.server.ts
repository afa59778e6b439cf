import { filterEntries, indexPage } from '$lib/server/commitments-index';

export const entries = () => filterEntries('status');
export const load = ({ params }) => indexPage('status', params.slug);
