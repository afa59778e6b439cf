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

/**
 * An update's summary, or the start of its text when it has none: text, cut at a word. Every
 * writer escapes it for its format; it is never turned back into markup.
 */
export function summaryOf(u: { summary?: string; text: string }, max = 240): string {
	if (u.summary) return u.summary;
	return u.text.length > max ? `${u.text.slice(0, max).replace(/\s+\S*$/, '')}…` : u.text;
}

/** Plain text of rendered (already sanitised) HTML, for summaries and feeds. */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}
