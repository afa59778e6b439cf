/**
 * Embed codes and oEmbed responses: the HTML a stakeholder pastes into their page.
 */
import type { Embeddable } from '../model/embeds';
import { paths, type AddressBook } from '../model/addresses';
import { html } from './escape';
import { withTheme, type EmbedTheme } from './embed-theme';

export { EMBED_THEMES, codeWithTheme, type EmbedTheme } from './embed-theme';

/** The embed page's address as an embed code uses it: its data version, and its colours unless light. */
export function embedSrc(e: Embeddable, at: AddressBook, theme: EmbedTheme = 'light'): string {
	return withTheme(`${at.url(e.path)}?v=${e.version}`, theme);
}


/**
 * An iframe with a title and a fixed height that works alone, and the resize script that fits it
 * to its content when the host keeps it.
 */
export function embedCode(e: Embeddable, at: AddressBook, theme: EmbedTheme = 'light'): string {
	const src = embedSrc(e, at, theme);
	return (
		`<iframe src="${html(src)}" title="${html(e.title)}" width="100%" height="${e.height}" ` +
		`style="border:0;max-width:100%" loading="lazy"></iframe>\n` +
		`<script async src="${html(at.url(paths.embedScript))}"></script>`
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

export function oembed(e: Embeddable, at: AddressBook, provider: string): OEmbed {
	return { version: '1.0', type: 'rich', title: e.title, provider_name: provider, provider_url: at.url(paths.home), html: embedCode(e, at), width: 640, height: e.height, cache_age: 86400 };
}
