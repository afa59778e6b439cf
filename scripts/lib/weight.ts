/**
 * First-load weight of a prerendered page: its HTML plus the CSS and JavaScript it references,
 * gzipped. Fonts and anything fetched later (Chart.js) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;

export function firstLoad(buildDir: string, page: string): Weight {
	const html = readFileSync(join(buildDir, page));
	const text = html.toString('utf8');
	const refs = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1]).filter((u) => u.startsWith('/') && !u.startsWith('//'));
	const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).concat(refs(/<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g));
	const js = refs(/<script[^>]+src="([^"]+)"/g).concat(refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g));
	const size = (urls: string[]): number => [...new Set(urls)].reduce((n, u) => n + gz(readFileSync(join(buildDir, u.split('?')[0]))), 0);
	const w = { html: gz(html), css: size(css), js: size(js) };
	return { ...w, total: w.html + w.css + w.js, files: [...new Set([...css, ...js])] };
}
