/**
 * Publishing for real: a build for publication needs a public address and carries no local one;
 * a build for a sub-path (https://example.org/tracker) works there, link by link; the hosts'
 * headers cover every kind of file without two rules fighting over a header; embeds work on
 * another site under the base path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { DEFAULT_BUILD_DATE, ROOT, TEST_BUILDS, builtSite, defaultSite, listFiles, read, runBuild } from '../helpers/build';
import { launch, serve, type Served } from '../../scripts/lib/browser';
import { headersFor, matches, parseHeadersFile, type Rule } from '../../src/lib/output/headers';

const PUBLIC = 'https://example.org/tracker';
/** The default content built for publication under a sub-path, as the deploy workflow builds it. */
const hosted = (): string => builtSite('hosted', join(ROOT, 'content'), DEFAULT_BUILD_DATE, { SITE_URL: PUBLIC });

describe('a build for publication', () => {
	it('stops, saying what to do, when it has no address', () => {
		const r = runBuild(join(ROOT, 'content'), DEFAULT_BUILD_DATE, join(TEST_BUILDS, 'no-address'), { SITE_URL: '' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('needs the address the site will be published at');
		expect(r.stderr).toContain('SITE_URL');
		expect(r.stderr).toContain('npm start');
	});

	it.each(['http://127.0.0.1:4173', 'https://localhost/tracker', 'http://example.org'])('refuses %s', (url) => {
		const r = runBuild(join(ROOT, 'content'), DEFAULT_BUILD_DATE, join(TEST_BUILDS, 'refused'), { SITE_URL: url });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/is this computer|must start with https/);
	});

	it('carries no local address in any file', () => {
		const out = hosted();
		// Decap CMS's own bundle (admin/decap/) names localhost for its local mode, which a published configuration never turns on.
		const local = listFiles(out).filter((f) => !relative(out, f).startsWith('admin/decap/') && /127\.0\.0\.1|localhost|\[::1\]/.test(readFileSync(f, 'latin1')));
		expect(read(out, 'admin/config.yml')).not.toMatch(/local_backend/);
		expect(local.map((f) => relative(out, f))).toEqual([]);
		expect(JSON.parse(read(out, 'version.json'))).toMatchObject({ site: PUBLIC, base_path: '/tracker', local: false, build_date: DEFAULT_BUILD_DATE });
	});

	it('offers embed codes without the warning a local copy gives', () => {
		const warning = 'This is a copy of the site on this computer.';
		expect(read(defaultSite(), 'figures/officers-suspended/index.html')).toContain(warning);
		expect(read(hosted(), 'figures/officers-suspended/index.html')).not.toContain(warning);
		expect(JSON.parse(read(defaultSite(), 'version.json')).local).toBe(true);
	});

	it('writes every address of a page with the base path', () => {
		const out = hosted();
		const bad: string[] = [];
		for (const f of listFiles(out).filter((x) => x.endsWith('.html'))) {
			for (const [, url] of readFileSync(f, 'utf8').matchAll(/(?:href|src|data-to)="(\/[^"]*)"/g)) if (!url.startsWith('/tracker/')) bad.push(`${relative(out, f)}: ${url}`);
		}
		expect(bad).toEqual([]);
		expect(read(out, 'sitemap.xml')).toContain(`<loc>${PUBLIC}/commitments/casey-review/</loc>`);
		expect(JSON.parse(read(out, 'oembed/metric/officers-suspended.json')).html).toContain(`src="${PUBLIC}/embed.js"`);
	});
});

describe('the headers for hosts', () => {
	const out = hosted();
	const list: Rule[] = parseHeadersFile(read(out, '_headers'));

	it('parse, and headers.json says the same', () => {
		expect(list.length).toBeGreaterThan(10);
		expect(JSON.parse(read(out, 'headers.json'))).toEqual(list);
	});

	it.each([
		['a page', '/tracker/commitments/casey-review/', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300' }],
		['the home page', '/tracker/', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300' }],
		['an embed', '/tracker/embed/metric/officers-suspended/', { csp: 'frame-ancestors *', frame: undefined, cache: 'max-age=300' }],
		['a hashed asset', '/tracker/_app/immutable/assets/bundle.css', { csp: undefined, frame: undefined, cache: 'immutable' }],
		['a feed', '/tracker/feeds/updates.xml', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300' }],
		['a data file', '/tracker/data/commitments.csv', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300', cors: '*' }],
		['the API', '/tracker/api/dataset.json', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300', cors: '*' }],
		['the data page', '/tracker/data/', { csp: "frame-ancestors 'none'", frame: 'DENY', cache: 'max-age=300', cors: '*' }],
		// A chart image opened on its own needs its inline stylesheet, and runs and loads nothing.
		['a chart image', '/tracker/data/charts/metric-officers-suspended.svg', { csp: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *", frame: undefined, cache: 'max-age=300', cors: '*' }]
	] as const)('cover %s', (_what, path, want) => {
		const h = headersFor(list, path);
		expect(h['X-Content-Type-Options']).toBe('nosniff');
		expect(h['Referrer-Policy']).toBeDefined();
		expect(h['Permissions-Policy']).toBeDefined();
		if (want.csp) expect(h['Content-Security-Policy']).toContain(want.csp);
		else expect(h['Content-Security-Policy']).toBeUndefined();
		if (!path.includes('/charts/')) expect(h['Content-Security-Policy'] ?? '').not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(h['Content-Security-Policy'] ?? '').not.toMatch(/script-src[^;]*unsafe|unsafe-eval/);
		expect(h['X-Frame-Options']).toBe(want.frame);
		expect(h['Cache-Control']).toContain(want.cache);
		if ('cors' in want) expect(h['Access-Control-Allow-Origin']).toBe(want.cors);
	});

	it('give every file a cache rule, and no file two rules setting the same header', () => {
		const clashes: string[] = [];
		for (const f of listFiles(out)) {
			const path = `/tracker/${relative(out, f)}`.replace(/index\.html$/, '');
			const matching = list.filter((r) => matches(r.path, path));
			const names = matching.flatMap((r) => Object.keys(r.headers));
			if (new Set(names).size !== names.length) clashes.push(path);
			if (!headersFor(list, path)['Cache-Control']) clashes.push(`${path}: no Cache-Control`);
		}
		expect(clashes).toEqual([]);
	});
});

describe('served under its base path', () => {
	let site: Served;
	let browser: Browser;
	beforeAll(async () => {
		site = await serve(hosted());
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		site?.stop();
	});

	it('every link on every page, followed from the home page, leads somewhere', async () => {
		const origin = new URL(site.url).origin;
		const seen = new Set<string>(['/tracker/']);
		const queue = ['/tracker/'];
		const broken: string[] = [];
		while (queue.length) {
			const path = queue.shift() as string;
			const res = await fetch(origin + path, { redirect: 'manual' });
			if (res.status !== 200) {
				broken.push(`${path}: ${res.status}`);
				continue;
			}
			if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
			expect(res.headers.get('content-security-policy'), path).toContain('frame-ancestors');
			for (const [, url] of (await res.text()).matchAll(/(?:href|src)="([^"#?]+)/g)) {
				const u = new URL(url, origin + path);
				if (u.origin !== origin || seen.has(u.pathname)) continue;
				seen.add(u.pathname);
				queue.push(u.pathname);
			}
		}
		expect(broken).toEqual([]);
		expect(seen.size).toBeGreaterThan(200);
	});

	it('an embed code pasted into another site fits its content', async () => {
		const code = JSON.parse(read(hosted(), 'oembed/commitment/casey-review.json')).html.replaceAll(PUBLIC, site.url);
		const dir = mkdtempSync(join(tmpdir(), 'host-'));
		writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body><div style="width:300px">${code}</div></body></html>`);
		writeFileSync(join(dir, '404.html'), 'not found');
		const host = await serve(dir);
		try {
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			await page.goto(host.url + '/');
			await expect.poll(async () => page.$eval('iframe', (f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(700);
			const frame = page.frames().find((f) => f.url().startsWith(site.url));
			expect(await frame?.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
			expect(errors).toEqual([]);
			await page.close();
		} finally {
			host.stop();
		}
	});
});
