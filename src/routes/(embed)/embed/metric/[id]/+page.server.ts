import { embedEntries, embedPage } from '$lib/server/embed-pages';

export const entries = () => embedEntries('metric');
export const load = ({ params }) => embedPage('metric', params.id);
