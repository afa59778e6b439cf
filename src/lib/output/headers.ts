/**
 * The HTTP headers the site is served with, written once: the Content-Security-Policy, framing
 * (anyone may frame /embed/ pages, nobody the rest), other security headers and cache rules.
 * The build writes them as `_headers` (Netlify, Cloudflare Pages) and `headers.json` (for any
 * other host or CDN); `npm run serve` sends them; every page also carries the policy in a meta
 * tag for hosts that cannot send headers (GitHub Pages).
 */
import { paths } from '../model/addresses';

type Directives = Record<string, string[]>;

const BASE: Directives = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"]
};

const policy = (d: Directives): string =>
	Object.entries(d)
		.map(([k, v]) => `${k} ${v.join(' ')}`)
		.join('; ');

/**
 * The search page also compiles the search index's WebAssembly ('wasm-unsafe-eval' allows
 * WebAssembly only, never JavaScript eval); no other page does.
 */
const SEARCH: Directives = { ...BASE, 'script-src': ["'self'", "'wasm-unsafe-eval'"] };

/**
 * The content manager at /admin/ (Decap CMS) compiles its configuration's schema at run time
 * ('unsafe-eval') and styles itself with inline styles; it talks to GitHub's API to read and
 * write content, or to decap-server on this computer in a local copy. Only /admin/ has this policy.
 */
const ADMIN = (proxyUrl: string | undefined): Directives => ({
	...BASE,
	'script-src': ["'self'", "'unsafe-eval'"],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:', 'blob:', 'https:'],
	'font-src': ["'self'", 'data:'],
	'connect-src': ["'self'", 'https://api.github.com', ...(proxyUrl ? [new URL(proxyUrl).origin] : [])],
	'frame-src': ["'self'", 'blob:']
});

/** The content manager's policy; `proxyUrl`: decap-server's address, in a local copy. */
export const adminCsp = (proxyUrl?: string): string => policy({ ...ADMIN(proxyUrl), 'frame-ancestors': ["'none'"] });

/** The same, as a meta tag can carry it. */
export const adminMetaCsp = (proxyUrl?: string): string => policy(ADMIN(proxyUrl));

export type PolicyKind = 'page' | 'embed' | 'search';
const of = (kind: PolicyKind): Directives => (kind === 'search' ? SEARCH : BASE);

/** The policy of every page, with who may frame it: nobody, or anyone for embeds. */
export function csp(kind: PolicyKind): string {
	return policy({ ...of(kind), 'frame-ancestors': [kind === 'embed' ? '*' : "'none'"] });
}

/** Which policy the page at `path` (relative to the site root) has. */
export const policyOf = (path: string): PolicyKind => (path.startsWith(paths.embeds) ? 'embed' : path.startsWith(paths.search) ? 'search' : 'page');

/**
 * The policy of a chart image opened on its own (an SVG document): its one stylesheet is inline,
 * and it loads and runs nothing else. Framing is open, as for embeds.
 */
export const imageCsp = (): string => policy({ 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], 'frame-ancestors': ['*'] });

/** The policy as a meta tag can carry it: browsers ignore frame-ancestors there. */
export const metaCsp = (kind: PolicyKind = 'page'): string => policy(of(kind));

export const SECURITY: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'
};

/** Pages, feeds and data change with every daily build: caches check after five minutes. */
const SHORT = 'public, max-age=300, must-revalidate';
/** Files whose names carry a hash of their content never change. */
const FOREVER = 'public, max-age=31536000, immutable';

export interface Rule {
	/** a path as hosts write it: /x/* for everything under /x/, or one exact path */
	path: string;
	headers: Record<string, string>;
}

/**
 * The rules for a built site, from the names at the top of its folder. No two rules set the same
 * header for the same address, so hosts that merge every matching rule (Cloudflare Pages) and
 * hosts that let one override another (Netlify) send the same headers.
 */
export function rules(top: Entry[], app: Entry[], base: string, data: Entry[] = [], adminProxy?: string): Rule[] {
	const at = (p: string): string => `${base}${p}`;
	const page = { 'Content-Security-Policy': csp('page'), 'X-Frame-Options': 'DENY', 'Cache-Control': SHORT };
	const embed = paths.embeds.replace(/^\/|\/$/g, '');
	const out: Rule[] = [{ path: at('/*'), headers: SECURITY }];
	out.push({ path: at('/'), headers: page });
	for (const e of top) {
		if (e.name === '_app') continue;
		// The search page and the index's own worker (which a worker's response headers govern) compile WebAssembly.
		if ([paths.search, SEARCH_INDEX].includes(`/${e.name}/`)) out.push({ path: at(`/${e.name}/*`), headers: { ...page, 'Content-Security-Policy': csp('search') } });
		else if (`/${e.name}/` === paths.admin) out.push({ path: at(`/${e.name}/*`), headers: { 'Content-Security-Policy': adminCsp(adminProxy), 'X-Frame-Options': 'DENY', 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': SHORT } });
		else if (e.name === embed) out.push({ path: at(`/${e.name}/*`), headers: { 'Content-Security-Policy': csp('embed'), 'Cache-Control': SHORT } });
		else if (e.name === DATA && e.dir && data.length) {
			// The data folder's chart images get their own policy, so its other entries are listed one by one.
			const open = { ...page, 'Access-Control-Allow-Origin': '*' };
			for (const d of data) {
				if (d.name === CHARTS && d.dir) out.push({ path: at(`/${DATA}/${CHARTS}/*`), headers: { 'Content-Security-Policy': imageCsp(), 'Cache-Control': SHORT, 'Access-Control-Allow-Origin': '*' } });
				else if (d.dir) out.push({ path: at(`/${DATA}/${d.name}/*`), headers: open });
				else out.push({ path: at(`/${DATA}/${d.name}`), headers: open });
				if (d.name === 'index.html') out.push({ path: at(`/${DATA}/`), headers: open });
			}
		} else if (e.dir) out.push({ path: at(`/${e.name}/*`), headers: OPEN.has(e.name) ? { ...page, 'Access-Control-Allow-Origin': '*' } : page });
		else out.push({ path: at(`/${e.name}`), headers: page });
	}
	for (const e of app) out.push({ path: at(`/_app/${e.name}${e.dir ? '/*' : ''}`), headers: { 'Cache-Control': e.name === 'immutable' ? FOREVER : SHORT } });
	return out;
}

interface Entry {
	name: string;
	dir: boolean;
}

/** The folder of the search index (Pagefind's files). */
const SEARCH_INDEX = paths.searchIndex.replace(/[^/]+$/, '');

/** The folder of downloads and, in it, the folder of chart images. */
const [, DATA, CHARTS] = paths.chartImage('x', 'svg').split('/');

/** Open data: anyone's page or tool may fetch it. */
const OPEN = new Set(['api', 'data', 'oembed', 'feeds']);

/** Netlify and Cloudflare Pages `_headers`. */
export function headersFile(list: Rule[]): string {
	return list.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** Reads a `_headers` file back. */
export function parseHeadersFile(text: string): Rule[] {
	const out: Rule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) out.push({ path: line.trim(), headers: {} });
		else {
			const m = /^\s+([\w-]+):\s*(.*)$/.exec(line);
			if (!m || !out.length) throw new Error(`not a header line: ${line}`);
			out[out.length - 1].headers[m[1]] = m[2];
		}
	}
	return out;
}

/** Whether a rule's path matches an address (the rules use exact paths and /x/* only). */
export const matches = (rule: string, path: string): boolean => (rule.endsWith('/*') ? path.startsWith(rule.slice(0, -1)) : path === rule);

/** Every header an address is served with: each matching rule's, merged. */
export function headersFor(list: Rule[], path: string): Record<string, string> {
	return Object.assign({}, ...list.filter((r) => matches(r.path, path)).map((r) => r.headers));
}
