import { getContent, siteUrl } from '$lib/server/content';
import { jsonResponse, metricJson } from '$lib/server/api';

export const prerender = true;
export const GET = () => jsonResponse(getContent().metrics.map((m) => metricJson(m, siteUrl())));
