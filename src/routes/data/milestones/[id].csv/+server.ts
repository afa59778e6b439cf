import { getContent, siteUrl } from '$lib/server/content';
import { csvResponse } from '$lib/server/api';
import { findCommitment, recordEntries } from '$lib/server/records';
import { allRows, TABLES, toCsv } from '$lib/data/tables';

export const prerender = true;
export const entries = () => recordEntries(getContent().commitments.filter((c) => c.milestones.length));
export function GET({ params }) {
	const c = findCommitment(params.id);
	return csvResponse(toCsv(TABLES.milestones, allRows(getContent(), siteUrl()).milestones.filter((r) => r.commitment === c.id)));
}
