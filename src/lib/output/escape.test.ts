/**
 * One escaping rule per output format, fed every character class: each output stays what its
 * format says, and reads back as what went in.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import { Marked } from 'marked';
import { csvCell, html, jsonInHtml, markdownText, safeHref, xml, xmlMarkup } from './escape';
import { parseCsv } from '../../../tests/helpers/csv';

/** Every ASCII character, alone and in company, and the characters that break formats. */
const SAMPLES: string[] = [
	...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
	...Array.from({ length: 128 }, (_, i) => `a${String.fromCharCode(i)}b`),
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"' onmouseover='alert(1)",
	']]>',
	'<![CDATA[x]]>',
	'</script><script>alert(1)</script>',
	'<!-- x -->',
	'&amp; &lt; &#60; &#x3c;',
	'\u2028\u2029',
	'\uD800 lone high, \uDC00 lone low',
	'😀 café £100 ‮rtl',
	'=cmd|\' /C calc\'!A0',
	'-2+3',
	'+1',
	'@SUM(A1)',
	'\tx',
	'\rx',
	'a,"b"\r\nc'
];

const decodeHtml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe('html', () => {
	it.each(SAMPLES)('%j is text in an element and in a quoted attribute', (s) => {
		const out = html(s);
		expect(out).not.toMatch(/[<>"]/);
		expect(out.replace(/&(lt|gt|quot|amp);/g, '')).not.toContain('&');
		expect(decodeHtml(out)).toBe(s);
	});
});

describe('xml', () => {
	const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, trimValues: false, parseTagValue: false, parseAttributeValue: false });
	it.each(SAMPLES)('%j is a well-formed text node and attribute, reading back as itself less what XML forbids', (s) => {
		const doc = `<a b="${xml(s)}">${xml(s)}</a>`;
		expect(XMLValidator.validate(doc)).toBe(true);
		const want = s.replace(XML_FORBIDDEN, '').replace(/\r\n?/g, '\n');
		const got = parser.parse(doc).a;
		const text = typeof got === 'object' ? (got['#text'] ?? '') : String(got);
		expect(String(text).replace(/\r\n?/g, '\n')).toBe(want);
	});

	it('Svelte-made SVG markup with "]]>" in its text becomes XML that resvg (the PNG renderer) reads', () => {
		const markup = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>a ]]> b\u0007</text></svg>';
		expect(() => new Resvg(markup)).toThrow();
		expect(() => new Resvg(xmlMarkup(markup))).not.toThrow();
	});
});

describe('markdownText', () => {
	// Raw marked, without the sanitiser the site uses for update bodies: the escaping alone must hold.
	const marked = new Marked({ gfm: true, async: false });
	const extra = ['[x](javascript:alert(1))', '**bold** _em_ `code`', '# heading', '| a | b |', '<https://evil.example>', 'https://autolink.example', 'www.autolink.example', 'x@autolink.example', '1. list', '- item', '> quote', '![i](x.png)'];
	it.each([...SAMPLES, ...extra])('%j renders as one paragraph of plain text, with no element from the content', (s) => {
		const out = marked.parse(`Intro ${markdownText(s)} end`, { async: false }) as string;
		expect(out.trim()).toMatch(/^<p>[^]*<\/p>$/);
		expect(out.trim().slice(3, -4)).not.toMatch(/<(?!br>)/);
		const text = decodeHtml(out.trim().slice(3, -4).replace(/&#39;/g, "'"));
		expect(text).toBe(`Intro ${s.replace(/[\r\n]+/g, ' ')} end`);
	});
});

describe('jsonInHtml', () => {
	it.each(SAMPLES)('%j cannot end its script element or start a comment, and parses back', (s) => {
		const value = { s, list: [s, 1, null] };
		const out = jsonInHtml(value);
		expect(out).not.toMatch(/[<>&\u2028\u2029]/);
		const page = `<script type="application/json">${out}</script><p>after</p>`;
		expect(JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '')).toEqual(value);
	});
});

describe('csvCell', () => {
	it.each(SAMPLES)('%j is one cell that a spreadsheet will not run as a formula', (s) => {
		const cell = csvCell(s);
		const [row] = parseCsv(`a\r\n${cell}\r\n`);
		const read = row.a;
		expect(read).not.toMatch(/^[=+\-@\t\r]/);
		expect(read.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(s);
	});
	it('numbers stay numbers, negative ones too', () => {
		expect([csvCell(-3), csvCell(2.5), csvCell(true), csvCell(null)]).toEqual(['-3', '2.5', 'true', '']);
	});
});

describe('safeHref', () => {
	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'vbscript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'file:///etc/passwd',
		'/relative',
		'not a url',
		''
	])('writes no link for %j', (url) => expect(safeHref(url)).toBeNull());
	it.each(['https://www.met.police.uk/', 'http://example.org/a?b=c#d', 'mailto:team@example.org', 'tel:101'])('keeps %s', (url) => expect(safeHref(url)).toBe(url));
});
