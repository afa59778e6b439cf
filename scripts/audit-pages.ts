/**
 * npm run audit:pages: Lighthouse (mobile) on the home page, a commitment page and an embed page of
 * the built site, with Debian's Chromium, and the gzipped first-load bytes of each page type.
 * For measuring, not part of npm test. Builds first if there is no build/. CHROME_PATH overrides
 * the browser.
 */
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_FLAGS } from './lib/browser';
import { firstLoad } from './lib/weight';
import { paths } from '../src/lib/model/addresses';

const PORT = process.env.PORT || '4175';
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES: [string, string][] = [
	['home', paths.home],
	['commitment', paths.commitment('casey-review')],
	['embed', paths.embed('metric', 'officers-dismissed-calendar-year')]
];

if (!existsSync('build/index.html')) {
	const b = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--local'], { stdio: 'inherit' });
	if (b.status !== 0) process.exit(1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'build'], { env: { ...process.env, PORT }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	chromeFlags: CHROMIUM_FLAGS
});
const rows: string[][] = [];
try {
	for (const [name, path] of PAGES) {
		const result = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const c = result.lhr.categories;
		const score = (k: string): string => String(Math.round((c[k]?.score ?? 0) * 100));
		const file = path === '/' ? 'index.html' : `${path.slice(1)}index.html`;
		const w = firstLoad('build', file);
		rows.push([name, path, score('performance'), score('accessibility'), score('best-practices'), score('seo'), String(w.total)]);
		const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable');
		for (const a of failing) console.log(`  ${name}: ${a.id} (${a.score}) ${a.displayValue ?? ''}`);
	}
} finally {
	await chrome.kill();
	server.kill();
}

const head = ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO', 'first load (gzipped bytes)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]): string => `| ${r.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
console.log(['', line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
