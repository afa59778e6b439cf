import { getContent, siteUrl } from '$lib/server/content';
import { commitmentJson, jsonResponse } from '$lib/server/api';

export const prerender = true;
export const GET = () => jsonResponse(getContent().commitments.map((c) => commitmentJson(c, siteUrl())));
