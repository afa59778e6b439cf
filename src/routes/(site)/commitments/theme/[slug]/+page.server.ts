import { filterEntries, indexPage } from '$lib/server/commitments-index';

export const entries = () => filterEntries('theme');
export const load = ({ params }) => indexPage('theme', params.slug);
