/**
 * Each commitment's evidence pack as a PDF (A4), printed by Chromium from the pack page of the site
 * just built, with the page number and the site's address in the margin. Run by scripts/build.ts
 * when Chromium is here; the pack pages link to the PDF only then.
 *
 * node --import tsx scripts/packs.ts <built site folder>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve } from './lib/browser';
import { paths } from '../src/lib/model/addresses';
import { html } from '../src/lib/output/escape';

const dir = process.argv[2];
const version = JSON.parse(readFileSync(join(dir, 'version.json'), 'utf8')) as { site: string; base_path: string };
const commitments = JSON.parse(readFileSync(join(dir, 'api', 'commitments.json'), 'utf8')) as { id: string; previous_ids: string[] }[];

/** Pages printing at once. */
const PRINTERS = 3;

const server = await serve(dir);
const browser = await launch();
try {
	// The pages are loaded at their public address (answered from this folder), so every link in the PDF is the public one.
	const local = new URL(server.url).origin;
	const context = await browser.newContext();
	await context.route(`${new URL(version.site).origin}/**`, async (route) => {
		const u = new URL(route.request().url());
		const r = await fetch(`${local}${u.pathname}${u.search}`);
		await route.fulfill({ status: r.status, headers: Object.fromEntries(r.headers), body: Buffer.from(await r.arrayBuffer()) });
	});
	// Three packs at a time: 160 packs printed in 57 s against 61 s one at a time (2 cores). Printing, not loading, is
	// most of it: about 0.22 s a pack.
	const queue = [...commitments];
	const printer = async (): Promise<void> => {
		const page = await context.newPage();
		for (let c = queue.shift(); c; c = queue.shift()) {
			await page.goto(`${version.site}${paths.evidencePack(c.id)}`, { waitUntil: 'load' });
			const pdf = await page.pdf({
				format: 'A4',
				printBackground: true,
				margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: `<div style="font: 8px 'Liberation Sans', Arial, sans-serif; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${html(`${version.site}${paths.evidencePack(c.id)}`)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
			});
			// A renamed commitment's old pack address keeps working, as every other old address does.
			for (const id of [c.id, ...c.previous_ids]) writeFileSync(join(dir, paths.evidencePdf(id)), pdf);
		}
		await page.close();
	};
	await Promise.all(Array.from({ length: PRINTERS }, printer));
} finally {
	await browser.close();
	server.stop();
}
