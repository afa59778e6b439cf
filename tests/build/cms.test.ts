/**
 * The content manager in the build: its page and configuration exist, it is not a public page
 * (noindex, out of robots, the sitemap and the search index), it has its own policy, and no public
 * page loads any of its scripts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { defaultSite, listFiles, read } from '../helpers/build';
import { headersFor, parseHeadersFile } from '../../src/lib/output/headers';

const out = defaultSite();

describe('the content manager in the build', () => {
	it('has its page, its generated configuration and Decap beside it', () => {
		const page = read(out, 'admin/index.html');
		expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(page).toContain('<link href="config.yml" type="text/yaml" rel="cms-config-url">');
		for (const src of [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])) expect(existsSync(join(out, 'admin', src)), src).toBe(true);
		const config = parse(read(out, 'admin/config.yml'));
		expect(config.collections.map((c: { name: string }) => c.name)).toEqual(['updates', 'commitments', 'metrics', 'sources']);
		expect(config.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
	});

	it('is not a public page: noindex header, disallowed to robots, not in the sitemap or the search index', () => {
		const rules = parseHeadersFile(read(out, '_headers'));
		const headers = headersFor(rules, '/admin/');
		expect(headers['X-Robots-Tag']).toBe('noindex, nofollow');
		expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'unsafe-eval'");
		expect(headersFor(rules, '/')['Content-Security-Policy']).not.toContain('unsafe-eval');
		expect(read(out, 'robots.txt')).toContain('Disallow: /admin/');
		expect(read(out, 'sitemap.xml')).not.toContain('/admin/');
		// Pagefind indexes only pages marked data-pagefind-body once any page is marked.
		expect(read(out, 'commitments/casey-review/index.html')).toContain('data-pagefind-body');
		expect(read(out, 'admin/index.html')).not.toContain('data-pagefind-body');
	});

	it('no public page loads the content manager or its script', () => {
		const pages = listFiles(out).map((f) => relative(out, f)).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
		const loading = pages.filter((p) => /decap|admin\.js/.test(read(out, p)));
		expect(loading).toEqual([]);
		expect(readFileSync(join(out, '_app/enhance/enhance.js'), 'utf8')).not.toMatch(/registerCustomFormat|decap/i);
	});
});
