import { embedEntries, embedPage } from '$lib/server/embed-pages';

export const entries = () => embedEntries('milestones');
export const load = ({ params }) => embedPage('milestones', params.id);
