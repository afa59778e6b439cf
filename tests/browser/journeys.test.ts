/**
 * Journeys in real Chromium over the default content: accessibility (axe, WCAG 2.2 AA rule tags)
 * on every page type in light and dark mode and at 320 px, reading with JavaScript off, a
 * keyboard-only journey, the enhanced filters and the on-demand interactive chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, defaultSite } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';
import { axeViolations, withAxe } from '../helpers/axe';
import { PAGE_TYPES } from '../helpers/page-types';

const SHOTS = join(ROOT, '.test-results', 'screens');

let server: Served;
let browser: Browser;

beforeAll(async () => {
	server = await serve(defaultSite());
	browser = await launch();
	mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	server?.stop();
});

async function open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(server.url + path);
	return { page, errors };
}

describe('accessibility: axe finds no WCAG 2.2 AA violations, in light and dark at 320 px, and on a desktop', () => {
	// Dark on a desktop is the same markup in the same colours as dark at 320 px and light on a desktop, so it is not run again.
	const variants = [
		{ colorScheme: 'light' as const, width: 320 },
		{ colorScheme: 'dark' as const, width: 320 },
		{ colorScheme: 'light' as const, width: 1280 }
	];
	// One page per variant, kept open; the variants of each page type are checked side by side.
	const pages: { page: Page; errors: string[]; colorScheme: string; width: number }[] = [];
	beforeAll(async () => {
		for (const v of variants) {
			const context = await withAxe(await browser.newContext({ colorScheme: v.colorScheme, viewport: { width: v.width, height: 900 } }));
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			page.on('pageerror', (e) => errors.push(e.message));
			pages.push({ page, errors, ...v });
		}
	});
	afterAll(async () => {
		for (const p of pages) await p.page.context().close();
	});

	it.each(Object.entries(PAGE_TYPES))('%s', async (type, { path }) => {
		const results = await Promise.all(
			pages.map(async ({ page, errors, colorScheme, width }) => {
				errors.length = 0;
				await page.goto(server.url + path);
				// Search results arrive after the page has loaded.
				if (path.includes('?q=')) await page.locator('[data-search-results] li').first().waitFor();
				// Open every data table and tool panel so that axe checks them too (tools open one at a time, so their group is dropped first).
				await page.evaluate(() =>
					document.querySelectorAll('details').forEach((d) => {
						d.removeAttribute('name');
						d.open = true;
					})
				);
				const violations = await axeViolations(page);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				if (width === 320 && ['home', 'commitment with stages, timeline and sub-commitments'].includes(type))
					await page.screenshot({ path: join(SHOTS, `${type.replace(/\W+/g, '-')}-${colorScheme}-${width}.png`), fullPage: true });
				// The not-found page is itself the one resource answered with 404.
				const console = errors.filter((e) => !(path === '/no-such-page/' && /status of 404/.test(e)));
				return { variant: `${colorScheme}, ${width} px`, violations, overflow: overflow > 0 ? overflow : 0, console };
			})
		);
		expect(results).toEqual(results.map((r) => ({ variant: r.variant, violations: [], overflow: 0, console: [] })));
	});
});

describe('with JavaScript off', () => {
	let noJs: BrowserContext;
	beforeAll(async () => {
		noJs = await browser.newContext({ javaScriptEnabled: false });
	});
	afterAll(() => noJs?.close());

	it.each(Object.entries(PAGE_TYPES))('%s: shows its figures, each with its SVG and its data table', async (_type, { path, figures, drawn = figures }) => {
		const { page } = await open(noJs, path);
		const frames = await page.$$eval('figure.chart-frame', (fs) =>
			fs.map((f) => ({
				svg: !!f.querySelector('svg.chart[role="img"]'),
				rows: f.querySelectorAll('table tbody tr').length,
				explore: (f.querySelector('[data-chart-explore]') as HTMLElement | null)?.offsetParent ?? null
			}))
		);
		expect(frames.filter((f) => f.svg).length).toBe(drawn);
		for (const f of frames) {
			expect(f.rows).toBeGreaterThan(0);
			expect(f.explore, 'no dead "Explore" button without JavaScript').toBeNull();
		}
		expect(frames.length).toBe(figures);
		await page.close();
	});

	it('orders are links to prerendered pages, and filters keep the order', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const { page } = await open(context, '/commitments/');
		await page.getByRole('link', { name: 'Latest evidence, oldest first' }).click();
		await page.waitForURL(/\/commitments\/by\/evidence\/$/);
		expect(await page.locator('a[data-sort="evidence"]').getAttribute('aria-current')).toBe('true');
		await page.getByRole('link', { name: /^Delivered/ }).click();
		await page.waitForURL(/\/commitments\/status\/delivered\/by\/evidence\/$/);
		await context.close();
	});

	it('filters are links to prerendered pages', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const { page } = await open(context, '/commitments/');
		await page.getByRole('link', { name: /^Delivered/ }).click();
		await page.waitForURL(/\/commitments\/status\/delivered\/$/);
		const count = await page.locator('[data-result-count]').textContent();
		const items = await page.locator('[data-commitment-list] > li').count();
		expect(count).toBe(`${items} commitments`);
		expect(await page.locator('[data-commitment-list] .tag').allTextContents()).toEqual(Array(items).fill('Delivered'));
		await context.close();
	});
});

describe('keyboard only', () => {
	async function tabStops(page: Page, max = 400): Promise<string[]> {
		const seen: string[] = [];
		for (let i = 0; i < max; i++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return 'BODY';
				const visible = el.getBoundingClientRect().width > 0;
				return `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 60)}|${visible}`;
			});
			// The walk is over when focus leaves the page or comes round to the first stop again.
			if (seen.length && (id === 'BODY' || id === seen[0])) break;
			seen.push(id);
		}
		return seen;
	}

	it('reaches every filter and every link on the commitments list, each visibly focused', async () => {
		const context = await browser.newContext();
		const { page } = await open(context, '/commitments/');
		const stops = await tabStops(page);
		expect(stops[0]).toContain('Skip to main content');
		// Every link a reader can see (the phone's search link is not shown on a desktop).
		const hrefs = await page.$$eval('a[href]', (as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
		for (const href of hrefs) expect(stops.some((s) => s.split('|')[1] === href), href ?? '').toBe(true);
		expect(stops.filter((s) => !s.endsWith('|true')), 'every focus stop is visible').toEqual([]);
		await context.close();
	});

	it('opens a chart table and loads the interactive chart from the keyboard', async () => {
		const context = await browser.newContext();
		const { page, errors } = await open(context, '/commitments/professional-standards-investigators/');
		const stops = await tabStops(page);
		const summaries = await page.locator('summary').count();
		expect(stops.filter((s) => s.startsWith('SUMMARY')).length).toBe(summaries);
		const summary = page.locator('#metric-dps-investigator-growth .chart-table summary');
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('#metric-dps-investigator-growth .chart-table').getAttribute('open')).not.toBeNull();
		await page.locator('#metric-dps-investigator-growth [data-chart-explore]').focus();
		await page.keyboard.press('Enter');
		await page.locator('#metric-dps-investigator-growth canvas').waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('with JavaScript on', () => {
	it('filters in place, keeps a shareable address, and goes back', async () => {
		const context = await browser.newContext();
		const { page, errors } = await open(context, '/commitments/');
		const all = await page.locator('[data-commitment-list] > li').count();
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await page.getByRole('link', { name: /^Cannot yet assess/ }).click();
		await expect.poll(() => page.url()).toMatch(/\/commitments\/status\/cannot-yet-assess\/$/);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 'no page load').toBe(1);
		const shown = await page.locator('[data-commitment-list] > li:visible').count();
		expect(shown).toBeLessThan(all);
		expect(await page.locator('[data-result-count]').textContent()).toBe(`${shown} commitment${shown === 1 ? '' : 's'}`);
		expect(await page.locator('h1').textContent()).toBe('Cannot yet assess');
		// The order links now lead to this filter's list in each order, and work from there.
		expect(await page.locator('a[data-sort="made"]').getAttribute('href')).toBe('/commitments/status/cannot-yet-assess/by/made/');
		await page.goBack();
		await expect.poll(() => page.locator('[data-commitment-list] > li:visible').count()).toBe(all);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fetches Chart.js only when a reader asks for the interactive chart', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
		await page.goto(`${server.url}/`);
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual(['/_app/enhance/enhance.js']);
		const button = page.locator('[data-chart-explore]').first();
		await button.click();
		await page.locator('.chart-canvas canvas').first().waitFor();
		expect(scripts.some((s) => /chart-view-/.test(s))).toBe(true);
		// One toggle button: its name stays, its pressed state says which view is shown.
		expect(await button.getAttribute('aria-pressed')).toBe('true');
		await page.screenshot({ path: join(SHOTS, 'interactive-chart.png') });
		await button.click();
		expect(await page.locator('.chart-canvas').count()).toBe(0);
		expect(await button.getAttribute('aria-pressed')).toBe('false');
		await context.close();
	});

	it('copies an embed code with one press', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page, errors } = await open(context, '/figures/officers-suspended/');
		await page.locator('.chart-embed summary').click();
		await page.getByRole('button', { name: 'Copy the code' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('textarea.code').inputValue());
		expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/metric\/officers-suspended\/\?v=\w+" title="Met officers suspended"/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('runs every page under the site’s Content-Security-Policy, which refuses an inline script', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
		const response = await page.goto(`${server.url}/commitments/casey-review/`);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.ran = true';
			document.head.append(s);
		});
		expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
		expect(violations.length).toBeGreaterThan(0);
		await context.close();
	});

	it('answers an unknown address with a 404 page that helps', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const response = await page.goto(`${server.url}/commitments/no-such-commitment/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.getByRole('link', { name: 'all commitments' }).count()).toBe(1);
		await context.close();
	});
});
