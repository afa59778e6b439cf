import { getContent } from '$lib/server/content';
import { API, FILES, NOTES } from '$lib/data/readme';
import { TABLES } from '$lib/data/tables';

export function load() {
	const { site, build_date } = getContent();
	return { api: API, files: FILES, notes: NOTES, tables: Object.values(TABLES), licence: site.licence, build_date };
}
