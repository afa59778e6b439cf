import { getContent, siteUrl } from '$lib/server/content';
import { jsonResponse, updateJson } from '$lib/server/api';

export const prerender = true;
export const GET = () => jsonResponse(getContent().updates.map((u) => updateJson(u, siteUrl())));
