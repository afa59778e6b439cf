import { getContent } from '$lib/server/content';
import { jsonResponse } from '$lib/server/api';

export const prerender = true;
export const GET = () => jsonResponse(getContent().sources);
