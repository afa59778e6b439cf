import { error } from '@sveltejs/kit';
import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { tableCsv, TABLES } from '$lib/output/tables';

export const prerender = true;
export const entries = () => Object.values(TABLES).map((t) => ({ table: t.name }));
export function GET({ params }) {
	const csv = tableCsv(params.table, getModel());
	if (csv === undefined) error(404, 'No such table');
	return respond.csv(csv);
}
