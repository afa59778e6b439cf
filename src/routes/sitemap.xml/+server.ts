import { getModel } from '$lib/server/model';
import { respond } from '$lib/server/respond';
import { sitemap } from '$lib/output/sitemap';

export const prerender = true;
export const GET = () => respond.xml(sitemap(getModel()));
