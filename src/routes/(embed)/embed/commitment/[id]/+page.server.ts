import { embedEntries, embedPage } from '$lib/server/embed-pages';

export const entries = () => embedEntries('commitment');
export const load = ({ params }) => embedPage('commitment', params.id);
