/**
 * npm run screenshots: full-page screenshots of each page type, at phone and desktop width, in
 * light and dark mode, into .screenshots/ (or SHOTS_DIR), from a site served at BASE_URL.
 * For looking at what readers see; not part of npm test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser';

const base = process.env.BASE_URL || 'http://127.0.0.1:4173';
const out = process.env.SHOTS_DIR || '.screenshots';
const pages = (process.env.PAGES || '/,/commitments/,/commitments/casey-review/,/timeline/,/updates/,/methodology/').split(',');
const widths = (process.env.WIDTHS || '320,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES || 'light,dark').split(',') as ('light' | 'dark')[];

mkdirSync(out, { recursive: true });
const browser = await launch();
for (const path of pages) {
	for (const width of widths) {
		for (const colorScheme of schemes) {
			const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, javaScriptEnabled: process.env.NOJS ? false : true });
			const page = await context.newPage();
			await page.goto(base + path);
			const name = `${path.replace(/\//g, '_') || '_'}-${width}-${colorScheme}.png`;
			await page.screenshot({ path: join(out, name), fullPage: true });
			await context.close();
			console.log(join(out, name));
		}
	}
}
await browser.close();
