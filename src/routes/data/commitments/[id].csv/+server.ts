import { getContent, siteUrl } from '$lib/server/content';
import { csvResponse } from '$lib/server/api';
import { findCommitment, recordEntries } from '$lib/server/records';
import { commitmentRow, TABLES, toCsv } from '$lib/data/tables';

export const prerender = true;
export const entries = () => recordEntries(getContent().commitments);
export const GET = ({ params }) => csvResponse(toCsv(TABLES.commitments, [commitmentRow(findCommitment(params.id), siteUrl())]));
