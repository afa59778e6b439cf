/**
 * One escaping rule per output format, used everywhere that format is written. Content is
 * written by people, and may be hostile: nothing here trusts it.
 */

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, line feed and carriage return, lone surrogates, U+FFFE/U+FFFF). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value in HTML: safe in element content and in quoted attributes. */
export function html(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text or an attribute value in XML (Atom, sitemap, SVG): as HTML, and characters XML forbids are dropped. */
export function xml(s: string): string {
	return html(s.replace(XML_FORBIDDEN, ''));
}

/**
 * SVG markup made by Svelte (which escapes < and & in text) made safe to read as XML: a "]]>" in
 * text is escaped, and characters XML forbids are dropped.
 */
export function xmlMarkup(markup: string): string {
	return markup.replace(/]]>/g, ']]&gt;').replace(XML_FORBIDDEN, '');
}

/**
 * A link target as it may be written into an href: https, http, mailto or tel only, with nothing
 * hidden in it; anything else gives null and no link is written. Content is checked for this when
 * it is loaded; this is the second line of defence, where links are written.
 */
export function safeHref(url: string | undefined): string | null {
	if (!url || /[\u0000-\u0020\u007F]/.test(url)) return null;
	try {
		return ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(url).protocol) ? url : null;
	} catch {
		return null;
	}
}

/**
 * Plain text inside Markdown (data/README.md): every character Markdown or inline HTML could read
 * as markup is escaped (all ASCII punctuation, so links and autolinks too), so a title stays text
 * in any renderer; line breaks become spaces.
 */
export function markdownText(s: string): string {
	return s
		.replace(/[\r\n]+/g, ' ')
		.replace(/[!-%'-/:;=?@[-`{-~]/g, (c) => `\\${c}`)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** JSON inside an HTML <script> element: nothing in it can close the element or start a comment. */
export function jsonInHtml(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/**
 * A CSV cell (RFC 4180). Text a spreadsheet would run as a formula (starting =, +, -, @, tab or
 * carriage return) is prefixed with an apostrophe; numbers are written as numbers.
 */
export function csvCell(v: string | number | boolean | null): string {
	if (v === null) return '';
	let s = String(v);
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
