import { siteUrl } from '$lib/server/content';

export const prerender = true;
export const GET = () => new Response(`User-agent: *\nDisallow: /embed/\nSitemap: ${siteUrl()}/sitemap.xml\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
