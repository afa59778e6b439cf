/**
 * Embed codes and oEmbed responses: pure functions shared by pages and data endpoints.
 */
export type EmbedKind = 'metric' | 'commitment' | 'milestones';

export interface Embeddable {
	kind: EmbedKind;
	id: string;
	title: string;
	/** the embed page, e.g. /embed/metric/officers-suspended/ */
	path: string;
	/** the full page it links back to */
	page: string;
	/** changes when, and only when, what the embed shows changes */
	version: string;
	/** as-of date in words */
	as_of: string;
	/** default iframe height in pixels, used when the host page drops the resize script */
	height: number;
}

/** The message an embed sends its host page; the host script acts on nothing else. */
export const RESIZE_MESSAGE = 'reform-tracker:resize';

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a stakeholder pastes: an iframe with a title and a fixed height that works alone, and
 * the resize script that fits it to its content when the host keeps it.
 */
export function embedCode(e: Embeddable, site: string): string {
	const src = `${site}${e.path}?v=${e.version}`;
	return (
		`<iframe src="${escapeAttr(src)}" title="${escapeAttr(e.title)}" width="100%" height="${e.height}" ` +
		`style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
		`<script async src="${site}/embed.js"></script>`
	);
}

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

export function oembed(e: Embeddable, site: string, provider: string): OEmbed {
	return { version: '1.0', type: 'rich', title: e.title, provider_name: provider, provider_url: `${site}/`, html: embedCode(e, site), width: 640, height: e.height, cache_age: 86400 };
}

