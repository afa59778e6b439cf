/**
 * Embeds on someone else's page: a host page on another port embeds two charts with the resize
 * script (one sandboxed), and a third frame and the host itself try to forge resize messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { defaultSite } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';

const BUILT_FOR = 'http://127.0.0.1:4173';
let site: Served;
let host: Served;
let browser: Browser;

function embedCode(kind: string, id: string): string {
	const o = JSON.parse(readFileSync(join(defaultSite(), 'oembed', kind, `${id}.json`), 'utf8'));
	return o.html.replaceAll(BUILT_FOR, site.url);
}

beforeAll(async () => {
	site = await serve(defaultSite());
	const dir = mkdtempSync(join(tmpdir(), 'host-'));
	const a = embedCode('metric', 'officers-dismissed-calendar-year');
	const b = embedCode('commitment', 'casey-review').replace('<iframe ', '<iframe sandbox="allow-scripts allow-popups" ');
	const forger = `<script>parent.postMessage({type:"reform-tracker:resize",height:37},"*")</` + `script>`;
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>A council page</h1>
<div style="width:640px">${a}</div>
<div style="width:300px">${b}</div>
<iframe id="other" title="Something else" data-reform-tracker srcdoc='${forger}'></iframe>
</body></html>`
	);
	writeFileSync(join(dir, 'no-script.html'), `<!doctype html><html lang="en"><head><title>Host</title></head><body>${a.replace(/<script[\s\S]*<\/script>/, '')}</body></html>`);
	writeFileSync(join(dir, '404.html'), 'not found');
	host = await serve(dir);
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	site?.stop();
	host?.stop();
});

async function embedFrames(page: Page) {
	return page.$$eval('iframe[src]', (fs) => fs.map((f) => ({ height: f.getBoundingClientRect().height, attr: Number(f.getAttribute('height')) })));
}

describe('on a host page', () => {
	it('fits each embed to its content, sandboxed or not, and ignores forged messages', async () => {
		expect(new URL(host.url).port).not.toBe(new URL(site.url).port);
		// Tall enough to show both embeds: Chromium does not lay out an off-screen frame from another
		// process (the sandboxed one), so its own size would be stale when measured from inside.
		const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
		await page.goto(host.url + '/');
		await expect.poll(async () => (await embedFrames(page)).every((f) => f.height !== f.attr), { timeout: 10_000 }).toBe(true);
		const frames = page.frames().filter((f) => f.url().startsWith(site.url));
		expect(frames).toHaveLength(2);
		// Each embed settles at the height of its content, with no scrollbar inside it.
		const fits = async (): Promise<boolean> => {
			for (const frame of frames) {
				const fit = await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && Math.abs(window.innerHeight - Math.ceil(document.documentElement.getBoundingClientRect().height)) <= 1);
				if (!fit) return false;
			}
			return true;
		};
		await expect.poll(fits, { timeout: 10_000 }).toBe(true);
		const sizes = await embedFrames(page);
		// The frame that is not an embed posted a resize of 37 px on load; now the host forges one too.
		await page.evaluate(() => window.postMessage({ type: 'reform-tracker:resize', height: 50 }, '*'));
		const other = page.frames().find((f) => f.url() === 'about:srcdoc');
		expect(other).toBeDefined();
		await other?.evaluate(() => parent.postMessage({ type: 'reform-tracker:resize', height: 45 }, '*'));
		await page.waitForTimeout(300);
		expect(await embedFrames(page)).toEqual(sizes);
		expect(await page.locator('#other').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('');
		await page.close();
	});

	it('still shows the whole chart at its fixed height when the host drops the script', async () => {
		const page = await browser.newPage();
		await page.goto(host.url + '/no-script.html');
		const frame = page.frameLocator('iframe');
		await frame.locator('svg.chart').waitFor();
		const [f] = await embedFrames(page);
		expect(f.height).toBe(f.attr);
		const scroll = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight);
		expect(scroll, 'the default height fits the chart at this width').toBeLessThanOrEqual(f.attr);
		await page.close();
	});
});

describe('the default height, for a host that drops the script', () => {
	// Every embed the default content has, by its oEmbed answer (which carries the height the code uses).
	const embeds = ['commitment', 'metric', 'milestones', 'timeline'].flatMap((kind) =>
		readdirSync(join(defaultSite(), 'oembed', kind)).map((f) => ({ path: `/embed/${kind}/${f.replace(/\.json$/, '')}/`, height: JSON.parse(readFileSync(join(defaultSite(), 'oembed', kind, f), 'utf8')).height as number }))
	);
	it('fits each embed in a frame 400 px wide, with no scrolling inside it', async () => {
		expect(embeds.length).toBeGreaterThan(30);
		const page = await browser.newPage({ viewport: { width: 400, height: 100 } });
		const short: string[] = [];
		for (const e of embeds) {
			await page.goto(site.url + e.path);
			const content = await page.evaluate(() => document.documentElement.scrollHeight);
			if (content > e.height) short.push(`${e.path}: ${content} px of content in a frame ${e.height} px high`);
		}
		expect(short).toEqual([]);
		await page.close();
	});
});

describe('links in an embed', () => {
	it('open in a new tab, so the chart stays on the host page', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(host.url + '/no-script.html');
		const frame = page.frames()[1];
		await frame.locator('svg.chart').waitFor();
		// Sources are on other sites (unreachable here): only which tab the link opens in matters.
		await context.route((url) => !url.href.startsWith(site.url) && !url.href.startsWith(host.url), (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>A source</title>' }));
		const source = frame.locator('.chart-meta a[rel~="external"]').first();
		const [opened] = await Promise.all([context.waitForEvent('page'), source.click()]);
		expect(opened.url()).toBe(await source.getAttribute('href'));
		expect(frame.url()).toContain('/embed/metric/officers-dismissed-calendar-year/');
		expect(await frame.locator('svg.chart').count()).toBe(1);
		await context.close();
	});
});

describe('the embed page', () => {
	it('says so when its figures have changed since the code was copied, and not otherwise', async () => {
		const page = await browser.newPage();
		const o = JSON.parse(readFileSync(join(defaultSite(), 'oembed/metric/officers-suspended.json'), 'utf8'));
		const current = /\?v=(\w+)/.exec(o.html)?.[1];
		await page.goto(`${site.url}/embed/metric/officers-suspended/?v=${current}`);
		expect(await page.locator('.embed-notice').isVisible()).toBe(false);
		await page.goto(`${site.url}/embed/metric/officers-suspended/?v=0000000000`);
		expect(await page.locator('.embed-notice').isVisible()).toBe(true);
		expect(await page.locator('.embed-notice a').getAttribute('href')).toBe(`${BUILT_FOR}/figures/officers-suspended/`);
		await page.close();
	});

	it.each([
		['/embed/metric/officers-dismissed-calendar-year/'],
		['/embed/metric/hotton-officer-outcomes/'],
		['/embed/commitment/casey-review/'],
		['/embed/milestones/casey-review/']
	])('%s reads at 300 px, with JavaScript and without, with its as-of date and source (axe: in the journeys)', async (path) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width: 300, height: 800 }, colorScheme, javaScriptEnabled: colorScheme === 'dark' });
			const page = await context.newPage();
			await page.goto(site.url + path);
			expect(await page.locator('svg.chart').count()).toBeGreaterThan(0);
			expect(await page.locator('text=/As of /').count()).toBeGreaterThan(0);
			expect(await page.locator('a[target="_blank"]').last().textContent()).toContain('Full details and all sources');
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await context.close();
		}
	});
});
