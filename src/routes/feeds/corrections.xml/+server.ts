import { getContent, siteUrl } from '$lib/server/content';
import { atom, correctionsFeed, xmlResponse } from '$lib/server/feeds';

export const prerender = true;
export const GET = () => xmlResponse(atom(getContent(), siteUrl(), correctionsFeed(getContent())));
