/**
 * Hostile content, built: every field of tests/fixtures/hostile/ carries a payload (script and
 * image tags, attribute break-outs, "]]>", comments, formulas, javascript: links, raw HTML in an
 * update's markdown). Each output format is read with its own parser, and none of them turns a
 * payload into markup, a link or a formula. (The pages themselves are opened in Chromium by
 * tests/browser/hostile.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Marked } from 'marked';
import { hostileSite, listFiles, read, textOf } from '../helpers/build';
import { parseCsv } from '../helpers/csv';

const site = hostileSite();
const files = listFiles(site).map((f) => relative(site, f));
const ofType = (ext: string): string[] => files.filter((f) => f.endsWith(ext));

/** Elements that run code or load things, which no content may create. */
const ACTIVE = new Set(['script', 'img', 'iframe', 'style', 'object', 'embed', 'foreignobject', 'a', 'use', 'image', 'animate', 'set']);

interface Found {
	file: string;
	what: string;
}

/** Walks an XML document (parsed in order) and reports active elements, event attributes and script links. */
function activeInXml(file: string, text: string, allowed: Set<string> = new Set()): Found[] {
	const found: Found[] = [];
	const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
	const walk = (nodes: Record<string, unknown>[]): void => {
		for (const node of nodes) {
			for (const [name, value] of Object.entries(node)) {
				if (name === ':@') {
					for (const [attr, v] of Object.entries(value as Record<string, string>)) {
						if (/^on/i.test(attr)) found.push({ file, what: `attribute ${attr}` });
						if (/href$/i.test(attr) && !/^https?:\/\//.test(v)) found.push({ file, what: `${attr}=${v}` });
					}
				} else if (name !== '#text' && name !== '?xml') {
					if (ACTIVE.has(name.toLowerCase()) && !allowed.has(name.toLowerCase())) found.push({ file, what: `<${name}>` });
					if (Array.isArray(value)) walk(value as Record<string, unknown>[]);
				}
			}
		}
	};
	walk(doc);
	return found;
}

describe('hostile content: every format keeps payloads as text', () => {
	it('the payloads reached the output, as text (so the checks below have something to check)', () => {
		const home = textOf(read(site, 'index.html'));
		expect(home).toContain('Hostile Tracker <img src=x onerror="window.__pwned=2">');
		const commitment = textOf(read(site, 'commitments/hostile-commitment/index.html'));
		expect(commitment).toContain('Commitment <script>window.__pwned=1</script>');
		expect(commitment).toContain('Second ]]><script>window.__pwned=6</script>');
		const update = textOf(read(site, 'updates/2023-03-01-hostile-update/index.html'));
		expect(update).toContain('Escaped text: <script>window.__pwned=28</script>');
	});

	it('an update\'s raw HTML and javascript: links are gone from its page; its text stays', () => {
		const html = read(site, 'updates/2023-03-01-hostile-update/index.html');
		const body = html.slice(html.indexOf('Raw HTML:'), html.indexOf('</p>', html.indexOf('a formula')));
		expect(body).not.toMatch(/<(script|img|iframe|svg|style)\b/i);
		expect(body).not.toMatch(/javascript:|jav&#x09;ascript/i);
		expect(body).not.toMatch(/<[^>]*\son\w+=/i);
		// Links with a script scheme keep their words and lose their target; one Markdown does not read as a link stays as written.
		expect(textOf(body)).toMatch(/A javascript link and \[a tabbed one\]\(java\s+script:window\.__pwned=24\) and an encoded one\./);
		expect([...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['http://evil.example/']);
	});

	it.each(ofType('.svg'))('%s is well-formed XML with nothing active in it', (file) => {
		const svg = read(site, file);
		expect(XMLValidator.validate(svg)).toBe(true);
		// A chart's own stylesheet is its one style element; no content is written into it.
		expect(activeInXml(file, svg, new Set(['style']))).toEqual([]);
		const styles = [...svg.matchAll(/<style[^>]*>([^]*?)<\/style>/g)].map((m) => m[1]);
		expect(styles.length).toBeLessThanOrEqual(1);
		for (const css of styles) expect(css).not.toMatch(/pwned|<|]]>/);
	});

	it.each(ofType('.xml'))('%s is well-formed XML with nothing active in it; titles and summaries are text, bodies sanitised HTML', (file) => {
		const xml = read(site, file);
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(activeInXml(file, xml)).toEqual([]);
		if (!file.startsWith('feeds/')) return;
		const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(xml).feed;
		for (const e of feed.entry ?? []) {
			expect(e.title['@_type']).toBe('text');
			if (e.summary) expect(e.summary['@_type']).toBe('text');
			if (e.content) {
				expect(e.content['@_type']).toBe('html');
				const body: string = e.content['#text'];
				expect(body).not.toMatch(/<(script|img|iframe|svg|style)\b/i);
				expect(body).not.toMatch(/href="(?!https?:)/);
				expect(body).not.toMatch(/<[^>]*\son\w+=/i);
			}
		}
	});

	it('data/README.md renders (with an unsanitised Markdown renderer) to no element from the content', () => {
		const md = read(site, 'data/README.md');
		const rendered = new Marked({ gfm: true, async: false }).parse(md, { async: false }) as string;
		const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1].toLowerCase()));
		expect([...tags].filter((t) => !['h1', 'h2', 'h3', 'p', 'ul', 'li', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(t))).toEqual([]);
		expect(textOf(rendered.split('\n')[0])).toBe('Hostile Tracker <img src=x onerror="window.__pwned=2">: data');
	});

	it.each(ofType('.csv'))('%s: every cell a spreadsheet would run as a formula starts with an apostrophe', (file) => {
		const rows = parseCsv(read(site, file));
		const formulas = rows.flatMap((r) => Object.values(r)).filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
		expect(formulas).toEqual([]);
	});

	it('the payload formulas are in the downloads, defused', () => {
		const cells = ofType('.csv').flatMap((f) => parseCsv(read(site, f)).flatMap((r) => Object.values(r)));
		for (const payload of ['=HYPERLINK("http://evil.example/","x")', '-1+1 milestone', '@SUM(1) milestone note', '@SUM(1) change note']) expect(cells).toContain(`'${payload}`);
	});

	it.each(ofType('.json'))('%s parses, and every link in it is https, http or mailto', (file) => {
		const value = JSON.parse(read(site, file));
		const links: string[] = [];
		const walk = (v: unknown, key = ''): void => {
			if (Array.isArray(v)) v.forEach((x) => walk(x, key));
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
			else if (typeof v === 'string' && /(^|_)(url|href)$/.test(key)) links.push(v);
		};
		walk(value);
		expect(links.filter((l) => !/^(https?|mailto):/.test(l))).toEqual([]);
	});
});
