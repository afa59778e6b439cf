import { error } from '@sveltejs/kit';
import { getContent, siteUrl } from '$lib/server/content';
import { csvResponse } from '$lib/server/api';
import { tableCsv, TABLES } from '$lib/data/tables';

export const prerender = true;
export const entries = () => Object.values(TABLES).map((t) => ({ table: t.name }));
export function GET({ params }) {
	const csv = tableCsv(params.table, getContent(), siteUrl());
	if (csv === undefined) error(404, 'No such table');
	return csvResponse(csv);
}
