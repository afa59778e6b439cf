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
