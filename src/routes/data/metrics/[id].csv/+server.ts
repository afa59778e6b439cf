import { getContent } from '$lib/server/content';
import { csvResponse } from '$lib/server/api';
import { findMetric, recordEntries } from '$lib/server/records';
import { metricRows, TABLES, toCsv } from '$lib/data/tables';

export const prerender = true;
export const entries = () => recordEntries(getContent().metrics);
export const GET = ({ params }) => csvResponse(toCsv(TABLES.metric_values, metricRows(findMetric(params.id))));
