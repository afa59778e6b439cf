/**
 * Hostile content in a real browser: every page and chart image built from
 * tests/fixtures/hostile/ is opened in Chromium, and none of the payloads runs (each would set
 * window.__pwned), creates an element that can run code, or makes a link with a script scheme.
 * The Content Security Policy reports nothing it had to block: the escaping held on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { hostileSite, listFiles } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';

const site = hostileSite();
const files = listFiles(site).map((f) => relative(site, f));
// The public pages: /admin/ is the editors' content manager, which runs Decap CMS by design (tests/browser/cms.test.ts).
const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/')).map((f) => `/${f.replace(/index\.html$/, '')}`);
const images = files.filter((f) => f.endsWith('.svg')).map((f) => `/${f}`);

let server: Served;
let browser: Browser;

beforeAll(async () => {
	server = await serve(site);
	browser = await launch();
});

/** Opens a path in a new page of its own, so that nothing one page logs is counted against another. */
async function visit(path: string): Promise<{ page: Page; status: number | undefined; messages: string[] }> {
	const page = await browser.newPage();
	const messages: string[] = [];
	// Chromium asks for /favicon.ico beside a document with no icon link (an SVG opened on its own), at its own pace; the site has none.
	page.on('console', (m) => m.location().url.endsWith('/favicon.ico') || messages.push(`${m.type()}: ${m.text()} (${m.location().url})`));
	page.on('pageerror', (e) => messages.push(`error: ${e.message}`));
	page.on('dialog', (d) => {
		messages.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	const response = await page.goto(server.url + path, { waitUntil: 'load' });
	return { page, status: response?.status(), messages };
}

afterAll(async () => {
	await browser?.close();
	server?.stop();
});

/** What the page's DOM holds that content could have planted. */
function planted(): { pwned: unknown; handlers: string[]; scripts: string[]; frames: string[]; links: string[] } {
	const all = [...document.querySelectorAll('*')];
	return {
		pwned: (window as unknown as { __pwned?: unknown }).__pwned,
		handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
		scripts: [...document.querySelectorAll('script')]
			.filter((s) => !(s.type === 'application/json' || (s.src && new URL(s.src).origin === location.origin)))
			.map((s) => s.outerHTML.slice(0, 80)),
		frames: [...document.querySelectorAll('iframe[srcdoc], object, embed, foreignObject')].map((el) => el.outerHTML.slice(0, 80)),
		links: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
			.flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null))
			.filter((v) => !/^(https?:|mailto:|tel:|\/|#|\.)/.test(v) && new URL(v, location.href).protocol !== location.protocol)
	};
}

const CLEAN = { pwned: undefined, handlers: [], scripts: [], frames: [], links: [] };

describe('hostile content in Chromium', () => {
	it('the fixture built the pages it should (so the checks below have pages to check)', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/commitments/hostile-commitment/', '/updates/2023-03-01-hostile-update/', '/sources/', '/report-a-concern/', '/data/']));
		expect(pages.some((p) => p.startsWith('/embed/'))).toBe(true);
		expect(images.length).toBeGreaterThanOrEqual(4);
	});

	// Each page in a page of its own, several at a time (vitest's maxConcurrency, 5): a page load mostly waits.
	it.concurrent.for(pages)('%s: nothing runs, nothing is planted, and the CSP had nothing to block', async (path, { expect }) => {
		const { page, status, messages } = await visit(path);
		expect(status).toBe(200);
		// Scripts the page loads (filters, the embed frame) run, and would run a planted handler, by now.
		await page.waitForTimeout(50);
		expect(await page.evaluate(planted)).toEqual(CLEAN);
		expect(messages, messages.join('\n')).toEqual([]);
		await page.close();
	});

	it.concurrent.for(images)('%s, opened as a page: nothing runs', async (path, { expect }) => {
		const { page, messages } = await visit(path);
		expect(await page.evaluate(planted)).toEqual(CLEAN);
		expect(messages, messages.join('\n')).toEqual([]);
		await page.close();
	});

	it('update bodies in the feeds, read as HTML (as a feed reader does), hold nothing active', async () => {
		const { page } = await visit('/');
		const found = await page.evaluate(async () => {
			const xml = await (await fetch('/feeds/updates.xml')).text();
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const bodies = [...doc.querySelectorAll('entry > content')].map((c) => c.textContent ?? '');
			return bodies.map((b) => {
				const t = document.createElement('template');
				t.innerHTML = b;
				const all = [...t.content.querySelectorAll('*')];
				return {
					elements: [...new Set(all.map((el) => el.localName))].sort(),
					handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
					links: [...t.content.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))
				};
			});
		});
		expect(found.length).toBe(2);
		for (const body of found) {
			expect(body.elements.filter((e) => !['p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'h2', 'h3', 'h4', 'code', 'br'].includes(e))).toEqual([]);
			expect(body.handlers).toEqual([]);
			for (const href of body.links) expect(href).toMatch(/^https?:/);
		}
	});
});
