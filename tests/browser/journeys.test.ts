/**
 * Journeys in real Chromium over the default content: accessibility (axe, WCAG 2.2 AA rule tags)
 * on every page type in light and dark mode and at 320 px, reading with JavaScript off, a
 * keyboard-only journey, the enhanced filters and the on-demand interactive chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, defaultSite } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';

const SHOTS = join(ROOT, '.test-results', 'screens');
const PAGE_TYPES: Record<string, string> = {
	home: '/',
	commitments: '/commitments/',
	'filtered list': '/commitments/status/delivered/',
	'commitment with stages, timeline and sub-commitments': '/commitments/casey-review/',
	'commitment with a breakdown': '/commitments/hotton-misconduct-proceedings/',
	'commitment with a series and target': '/commitments/professional-standards-investigators/',
	timeline: '/timeline/',
	updates: '/updates/',
	update: '/updates/2022-04-07-met-accepts-iopc-recommendations/',
	methodology: '/methodology/',
	'report a concern': '/report-a-concern/',
	accessibility: '/accessibility/',
	sources: '/sources/',
	figures: '/figures/',
	figure: '/figures/officers-suspended/',
	'data and downloads': '/data/',
	'not found': '/no-such-page/'
};

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

describe('accessibility: axe finds no WCAG 2.2 AA violations', () => {
	const variants = [
		{ name: 'light, desktop', colorScheme: 'light' as const, width: 1280 },
		{ name: 'dark, desktop', colorScheme: 'dark' as const, width: 1280 },
		{ name: 'light, 320 px', colorScheme: 'light' as const, width: 320 },
		{ name: 'dark, 320 px', colorScheme: 'dark' as const, width: 320 }
	];
	for (const v of variants) {
		it.each(Object.entries(PAGE_TYPES))(`%s (${v.name})`, async (type, path) => {
			const context = await browser.newContext({ colorScheme: v.colorScheme, viewport: { width: v.width, height: 900 } });
			const { page, errors } = await open(context, path);
			// Open every data table so that axe checks them too.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			const violations = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
			expect(violations).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
			// The not-found page is itself the one resource answered with 404.
			expect(errors.filter((e) => !(path === '/no-such-page/' && /status of 404/.test(e)))).toEqual([]);
			if (v.width === 320 || type === 'home') await page.screenshot({ path: join(SHOTS, `${type.replace(/\W+/g, '-')}-${v.colorScheme}-${v.width}.png`), fullPage: true });
			await context.close();
		});
	}
});

describe('with JavaScript off', () => {
	it.each(Object.entries(PAGE_TYPES))('%s: every chart has its SVG and its data table', async (_type, path) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const { page } = await open(context, path);
		const frames = await page.$$eval('figure.chart-frame', (fs) =>
			fs.map((f) => ({
				svg: !!f.querySelector('svg.chart[role="img"]'),
				rows: f.querySelectorAll('details table tbody tr').length,
				explore: (f.querySelector('[data-chart-explore]') as HTMLElement | null)?.offsetParent ?? null
			}))
		);
		for (const f of frames) {
			expect(f.svg).toBe(true);
			expect(f.rows).toBeGreaterThan(0);
			expect(f.explore, 'no dead "Explore" button without JavaScript').toBeNull();
		}
		if (['/', '/commitments/casey-review/', '/timeline/'].includes(path)) expect(frames.length).toBeGreaterThan(0);
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
		const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
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
		expect(await button.textContent()).toBe('Show the simple chart');
		await page.screenshot({ path: join(SHOTS, 'interactive-chart.png') });
		await button.click();
		expect(await page.locator('.chart-canvas').count()).toBe(0);
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
