/**
 * The last step of every page's HTML. Pages are not hydrated (csr = false), so the markers Svelte
 * writes for hydration (<!--[-->, <!--]-->, <!---->, and a hash beside {@html}) are dropped. Embeds are light unless their
 * code asks otherwise: their pages start with data-theme="light", which the embed frame script
 * changes to dark or auto from the address (?theme=).
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { paths } from '$lib/model/addresses';

const MARKERS = /<!--(?:\[!?-?\d*|\]|[a-z0-9]+)?-->/g;

export const handle: Handle = ({ event, resolve }) => {
	const embed = event.url.pathname.startsWith(`${base}${paths.embeds}`);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const out = html.replace(MARKERS, '');
			return embed ? out.replace(/^([\s\S]*?<html\b[^>]*?)>/, '$1 data-theme="light">') : out;
		}
	});
};
