import { getContent, siteUrl } from '$lib/server/content';
import { dataset, jsonResponse } from '$lib/server/api';

export const prerender = true;
export const GET = () => jsonResponse(dataset(getContent(), siteUrl()));
