/**
 * Find, share and print, in Chromium: search from the header box (by keyboard), with JavaScript
 * off, and never finding what is under embargo; the share preview tags and pictures of every page
 * type; copying a link; printing (tables open, no controls, black on white in dark mode, where it
 * came from); embeds light by default with a chosen theme, and their table link clickable at 300 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { defaultSite, fixtureBefore, fixtureOn } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';
import { PAGE_TYPES } from '../helpers/page-types';
import { LOCAL_URL } from '../../src/lib/model/addresses';

/** The local copy is built for LOCAL_URL; the test server runs on a port of its own. */
const served = (address: string): string => address.replace(LOCAL_URL, site.url);

let site: Served;
let browser: Browser;

beforeAll(async () => {
	site = await serve(defaultSite());
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	site?.stop();
});

/** Waits for the search page to say what it found, and returns that and the results. */
async function searched(page: import('playwright-core').Page): Promise<{ said: string; results: { title: string; meta: string; href: string }[] }> {
	await page.waitForFunction(() => /result|Nothing found|could not load/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
	return {
		said: (await page.locator('[data-search-status]').textContent()) ?? '',
		results: await page.$$eval('[data-search-results] li', (lis) =>
			lis.map((li) => ({ title: li.querySelector('h2')?.textContent ?? '', meta: li.querySelector('.meta')?.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') ?? '' }))
		)
	};
}

describe('search', () => {
	it('from the header box, by keyboard: finds a commitment by a word from its page and shows its status', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${site.url}/`);
		await page.keyboard.press('Tab'); // the skip link
		await page.keyboard.press('Tab'); // the site's name
		await page.keyboard.press('Tab'); // the search box
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('far-reaching');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=far-reaching$/);
		const { said, results } = await searched(page);
		expect(said).toMatch(/^\d+ results? for “far-reaching”/);
		expect(results[0]).toEqual({ title: "Independent review of the Met's culture and standards", meta: 'Commitment · Status: Delivered', href: '/commitments/casey-review/' });
		expect(await page.locator('[data-search-fallback]').isHidden()).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('never finds embeds, moved pages or lists: only the pages it covers', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}/search/?q=officers`);
		const { results } = await searched(page);
		expect(results.length).toBeGreaterThan(5);
		for (const r of results) expect(r.href).toMatch(/^\/(commitments\/[a-z0-9-]+|updates\/[a-z0-9-]+|figures\/[a-z0-9-]+|sources|methodology)\/$/);
		await page.close();
	});

	it.each([
		['the day before the embargo lifts: not found', fixtureBefore, 0],
		['in the preview of the day it lifts: found (so the check can fail)', fixtureOn, 1]
	] as const)('an embargoed update, %s', async (_when, build, found) => {
		const s = await serve(build());
		const page = await browser.newPage();
		await page.goto(`${s.url}/search/?q=${encodeURIComponent('EMBARGO-MARKER-BODY')}`);
		const { results } = await searched(page);
		expect(results.filter((r) => r.href === '/updates/2026-07-01-embargoed-news/').length).toBe(found);
		await page.close();
		s.stop();
	});

	it('with JavaScript off, the header box leads to a page that lists every commitment with its status', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/updates/`);
		await page.locator('#site-search').fill('hotton');
		await page.locator('#site-search').press('Enter');
		await page.waitForURL(/\/search\/\?q=hotton$/);
		expect(await page.locator('noscript').count()).toBe(1);
		const items = page.locator('[data-search-fallback] .status-list li');
		expect(await items.count()).toBe(16);
		expect(await items.first().locator('.tag').textContent()).toMatch(/\w/);
		await context.close();
	});

	it('on a phone, the search box gives way to a link in the navigation', async () => {
		const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
		await page.goto(`${site.url}/`);
		expect(await page.locator('#site-search').isVisible()).toBe(false);
		await page.locator('.site-nav').getByRole('link', { name: 'Search' }).click();
		await page.waitForURL(/\/search\/$/);
		expect(await page.locator('#search-q').isVisible()).toBe(true);
		await page.close();
	});
});

describe('share previews', () => {
	// Each in a page of its own, several at a time.
	it.concurrent.for(Object.entries(PAGE_TYPES))('%s: Open Graph and Twitter tags, with a 1200 × 630 picture that loads', async ([, { path }], { expect }) => {
		const page = await browser.newPage();
		await page.goto(site.url + path);
		const tags = await page.$$eval('meta[property^="og:"], meta[name^="twitter:"]', (ms) => Object.fromEntries(ms.map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])));
		for (const k of ['og:site_name', 'og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'twitter:card']) expect(tags[k], k).toMatch(/\S/);
		expect(tags['twitter:card']).toBe('summary_large_image');
		expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
		const size = await page.evaluate(async (src) => {
			const img = new Image();
			img.src = src;
			await img.decode();
			return [img.naturalWidth, img.naturalHeight];
		}, served(tags['og:image'] as string));
		expect(tags['og:image']?.startsWith(`${LOCAL_URL}/`), 'a full address, as share previews need').toBe(true);
		expect(size).toEqual([1200, 630]);
		await page.close();
	});

	it('a commitment shares its own card, a figure its chart, an update its title', async () => {
		const page = await browser.newPage();
		const image = async (path: string) => {
			await page.goto(site.url + path);
			return [await page.getAttribute('meta[property="og:image"]', 'content'), await page.getAttribute('meta[property="og:title"]', 'content')];
		};
		expect(await image('/commitments/casey-review/')).toEqual([`${LOCAL_URL}/cards/commitment-casey-review.png`, "Independent review of the Met's culture and standards"]);
		expect(await image('/figures/officers-suspended/')).toEqual([`${LOCAL_URL}/cards/metric-officers-suspended.png`, 'Met officers suspended']);
		expect((await image('/updates/2022-04-07-met-accepts-iopc-recommendations/'))[0]).toBe(`${LOCAL_URL}/cards/site.png`);
		await page.close();
	});
});

describe('share links', () => {
	it('copy the page address, and offer mail and social links that carry it, with no script from anyone else', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.url}/commitments/casey-review/`);
		const scripts = await page.$$eval('script[src]', (ss) => ss.map((s) => new URL((s as HTMLScriptElement).src).origin));
		expect(new Set(scripts)).toEqual(new Set([new URL(site.url).origin]));
		const panel = page.locator('.page-tools details', { hasText: 'Share' });
		await panel.locator('summary').click();
		await panel.getByRole('button', { name: 'Copy the link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${LOCAL_URL}/commitments/casey-review/`);
		const links = await panel.locator('.share-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(links.map((l) => new URL(l).protocol)).toEqual(['mailto:', 'https:', 'https:', 'https:', 'https:', 'https:']);
		for (const l of links) expect(decodeURIComponent(l)).toContain(`${LOCAL_URL}/commitments/casey-review/`);
		await context.close();
	});
});

describe('print', () => {
	it('a commitment page in dark mode prints black on white, with the tables open, no controls, and where it came from', async () => {
		const page = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1024, height: 900 } });
		await page.goto(`${site.url}/commitments/professional-standards-investigators/`);
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const seen = await page.evaluate(() => {
			const visible = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length;
			const style = getComputedStyle(document.querySelector('main p') as Element);
			return {
				tables: document.querySelectorAll('.chart-table table').length,
				tablesShown: visible('.chart-table table'),
				controls: visible('button, summary, .site-search, .site-nav, .share, .chart-embed, textarea, .filters, .breadcrumbs'),
				address: document.querySelector('.print-address')?.checkVisibility() ? document.querySelector('.print-address')?.textContent : null,
				ink: style.color,
				paper: getComputedStyle(document.body).backgroundColor
			};
		});
		expect(seen.tables).toBeGreaterThan(1);
		expect(seen.tablesShown).toBe(seen.tables);
		expect(seen.controls).toBe(0);
		expect(seen.address).toBe(`Rebuilding Trust: ${LOCAL_URL}/commitments/professional-standards-investigators/`);
		expect(seen.ink).toBe('rgb(0, 0, 0)');
		expect(seen.paper).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
		await page.close();
	});
});

describe('embeds', () => {
	it('are light by default, even for a reader in dark mode, and dark or the reader\'s own when the code asks', async () => {
		const page = await browser.newPage({ colorScheme: 'dark' });
		const background = async (query: string) => {
			await page.goto(`${site.url}/embed/metric/officers-suspended/${query}`);
			return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		};
		expect(await background('?v=x')).toBe('rgb(255, 255, 255)');
		expect(await background('?v=x&theme=dark')).toBe('rgb(18, 19, 20)');
		expect(await background('?v=x&theme=auto')).toBe('rgb(18, 19, 20)');
		await page.close();
	});

	it('the embed builder offers the colours and changes the code to match', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}/figures/officers-suspended/`);
		const panel = page.locator('.chart-embed');
		await panel.locator('summary').click();
		await panel.getByRole('radio', { name: 'Dark' }).check();
		expect(await panel.locator('textarea').inputValue()).toMatch(/\/embed\/metric\/officers-suspended\/\?v=\w+&amp;theme=dark"/);
		await panel.getByRole('radio', { name: 'Light' }).check();
		expect(await panel.locator('textarea').inputValue()).not.toContain('theme=');
		await page.close();
	});

	it.each(['/embed/metric/officers-awaiting-gross-misconduct-hearings/', '/embed/timeline/all/'])('%s: the data table link is clickable at 300 px (nothing covers it)', async (path) => {
		const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
		await page.goto(site.url + path);
		const summary = page.locator('.chart-table summary');
		await summary.scrollIntoViewIfNeeded();
		const hit = await summary.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const at = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
			return !!at && (at === el || el.contains(at));
		});
		expect(hit).toBe(true);
		await summary.click();
		expect(await page.locator('.chart-table table').isVisible()).toBe(true);
		await page.close();
	});
});
