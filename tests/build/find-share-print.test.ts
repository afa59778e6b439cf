/**
 * Find, share and print, over the built site: share cards (every page's picture exists at
 * 1200 × 630), what the search index covers, the evidence packs and their PDFs (the Casey review's
 * fits on three A4 pages and says what the page says), and the tool row under each chart.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { defaultSite, listFiles, read } from '../helpers/build';

const out = defaultSite();
// Public pages (the content manager at admin/ is for editors, not shared).
const pages = listFiles(out)
	.map((f) => relative(out, f))
	.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
const meta = (html: string, key: string): string | undefined => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** A PNG's width and height, from its header. */
function pngSize(file: string): [number, number] {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

async function pdfText(file: string): Promise<{ pages: number; text: string }> {
	const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
	const parts: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) parts.push((await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' '));
	return { pages: doc.numPages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

describe('share cards', () => {
	it('every page names a picture that the build made, 1200 × 630', () => {
		const missing: string[] = [];
		const pictures = new Set<string>();
		for (const p of pages) {
			const html = read(out, p);
			const image = meta(html, 'og:image');
			if (!image) {
				missing.push(`${p}: no og:image`);
				continue;
			}
			const file = join(out, new URL(image).pathname);
			if (!existsSync(file)) missing.push(`${p}: ${image} does not exist`);
			else pictures.add(file);
		}
		expect(missing).toEqual([]);
		expect(pictures.size).toBeGreaterThan(25);
		for (const f of pictures) expect(pngSize(f), f).toEqual([1200, 630]);
	});

	it("each page's share address is its canonical address", () => {
		for (const p of pages.filter((x) => !x.startsWith('embed/') && x !== '404.html' && !x.startsWith('not-found'))) {
			const html = read(out, p);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			if (canonical && !/http-equiv="refresh"/.test(html)) expect(meta(html, 'og:url'), p).toBe(canonical);
		}
	});
});

describe('the search index', () => {
	const indexed = pages.filter((p) => read(out, p).includes('data-pagefind-body'));

	it('covers commitments, updates, figures, sources and the methodology, and nothing else', () => {
		const kinds = new Set(indexed.map((p) => (p.split('/').length === 3 ? `${p.split('/')[0]}/{id}` : p.split('/')[0])));
		expect([...kinds].sort()).toEqual(['commitments/{id}', 'figures/{id}', 'methodology', 'sources', 'updates/{id}']);
		expect(indexed.some((p) => p.startsWith('embed/'))).toBe(false);
		expect(indexed.some((p) => /\/(status|theme|unit|by|evidence)\//.test(p))).toBe(false);
		expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(out, 'pagefind', 'pagefind-ui.js')), "Pagefind's own interface is not published").toBe(false);
	});

	it('each commitment says its status to the index', () => {
		for (const p of indexed.filter((x) => /^commitments\/[^/]+\/index\.html$/.test(x))) expect(read(out, p), p).toMatch(/<span data-pagefind-meta="status"><strong class="tag tag--\w+">[^<]+<\/strong><\/span>/);
	});

	it('only the search page loads the search script, and the index loads from it alone', () => {
		const withScript = pages.filter((p) => read(out, p).includes('/_app/enhance/search.js'));
		expect(withScript).toEqual(['search/index.html']);
		expect(pages.filter((p) => read(out, p).includes('pagefind.js'))).toEqual(['search/index.html']);
	});
});

describe('evidence packs', () => {
	it("the Casey review's PDF fits on three A4 pages and says what its page says", async () => {
		const { pages: n, text } = await pdfText(join(out, 'commitments/casey-review/evidence.pdf'));
		expect(n).toBeGreaterThanOrEqual(2);
		expect(n).toBeLessThanOrEqual(3);
		for (const words of ["Independent review of the Met's culture and standards", 'Delivered', 'Who says so', 'Timeline', 'Change history', 'Sources', '3 years and 8 months', 'https://news.met.police.uk/news/baroness-casey-of-blackstock']) expect(text).toContain(words);
		expect(text).toMatch(/Page 1 of \d/);
	});

	it('every commitment has its pack and its PDF, which the pack page offers', () => {
		const commitments = JSON.parse(read(out, 'api/commitments.json')) as { id: string }[];
		expect(commitments.length).toBe(16);
		for (const { id } of commitments) {
			expect(existsSync(join(out, `commitments/${id}/evidence.pdf`)), id).toBe(true);
			expect(read(out, `commitments/${id}/evidence/index.html`)).toContain(`href="/commitments/${id}/evidence.pdf" download="" rel="external"`);
			expect(read(out, `commitments/${id}/index.html`)).toContain(`href="/commitments/${id}/evidence/"`);
		}
	});
});

describe('the tool row under each chart', () => {
	it('is one row per chart, each tool a disclosure in one group, on every page that shows charts', () => {
		let rows = 0;
		for (const p of pages.filter((x) => !x.includes('/evidence/'))) {
			for (const [frame] of read(out, p).matchAll(/<figure class="chart-frame"[\s\S]*?<\/figure>/g)) {
				rows++;
				const tools = /<div class="chart-tools" data-pagefind-ignore="all">([\s\S]*)<\/div>\s*<\/figure>$/.exec(frame)?.[1] ?? '';
				expect(tools, p).toContain('Data table');
				const groups = new Set([...tools.matchAll(/<details class="tool[^"]*" name="([^"]+)"/g)].map((m) => m[1]));
				expect(groups.size, p).toBe(1);
			}
		}
		expect(rows).toBeGreaterThan(40);
	});
});
