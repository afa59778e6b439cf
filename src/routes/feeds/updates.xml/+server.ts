import { getContent, siteUrl } from '$lib/server/content';
import { atom, updatesFeed, xmlResponse } from '$lib/server/feeds';

export const prerender = true;
export const GET = () => xmlResponse(atom(getContent(), siteUrl(), updatesFeed(getContent())));
