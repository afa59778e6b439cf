import { getContent, siteUrl } from '$lib/server/content';
import { jsonResponse, metricJson } from '$lib/server/api';
import { findMetric, recordEntries } from '$lib/server/records';

export const prerender = true;
export const entries = () => recordEntries(getContent().metrics);
export const GET = ({ params }) => jsonResponse(metricJson(findMetric(params.id), siteUrl()));
