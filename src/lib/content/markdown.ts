/**
 * Update bodies are markdown written by the press office. They are rendered at build time and
 * sanitised, so a pasted <script> or an inline event handler can never reach a reader.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, async: false });

export function renderMarkdown(md: string): string {
	const html = marked.parse(md, { async: false });
	return sanitizeHtml(html, {
		allowedTags: ['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'h2', 'h3', 'h4', 'code', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
		allowedAttributes: { a: ['href', 'title'], th: ['scope'] },
		allowedSchemes: ['https', 'http', 'mailto', 'tel'],
		// Headings inside an update sit under the page's own h1/h2.
		transformTags: { h1: 'h2' }
	});
}

/** Plain text of a markdown body, for summaries and feeds. */
export function plainText(md: string): string {
	return sanitizeHtml(marked.parse(md, { async: false }), { allowedTags: [], allowedAttributes: {} })
		.replace(/\s+/g, ' ')
		.trim();
}
