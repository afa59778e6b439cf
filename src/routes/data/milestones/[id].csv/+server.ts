import { getContent } from '$lib/server/content';
import { csvResponse } from '$lib/server/api';
import { findCommitment, recordEntries } from '$lib/server/records';
import { milestoneRows, TABLES, toCsv } from '$lib/data/tables';

export const prerender = true;
export const entries = () => recordEntries(getContent().commitments.filter((c) => c.milestones.length));
export const GET = ({ params }) => csvResponse(toCsv(TABLES.milestones, milestoneRows(findCommitment(params.id))));
