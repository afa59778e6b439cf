/**
 * A small static server for build/: `npm run serve` (PORT, default 4173; HOST, default 127.0.0.1).
 * It serves the site under the base path it was built for, with the headers the build wrote for
 * hosts (headers.json, the same rules as _headers), so a browser sees what a reader will.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, type Rule } from '../src/lib/output/headers';

const root = resolve(process.argv[2] || process.env.SERVE_DIR || 'build');
const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf'
};

if (!existsSync(root)) {
	console.error(`There is no ${root} to serve yet: run npm run build first.`);
	process.exit(1);
}
const readJson = <T>(name: string, fallback: T): T => (existsSync(join(root, name)) ? (JSON.parse(readFileSync(join(root, name), 'utf8')) as T) : fallback);
const base: string = readJson<{ base_path?: string }>('version.json', {}).base_path ?? '';
const rules: Rule[] = readJson<Rule[]>('headers.json', []);

/** The file an address names: itself, its index.html, or nothing. */
function resolveFile(urlPath: string): string | undefined {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
	const abs = join(root, clean);
	if (abs !== root && !abs.startsWith(root + sep)) return undefined;
	for (const candidate of [abs, join(abs, 'index.html')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

createServer((req, res) => {
	const path = (req.url || '/').split('?')[0];
	const inside = path === base || path.startsWith(`${base}/`);
	if (base && path === '/') {
		res.writeHead(302, { location: `${base}/` });
		res.end();
		return;
	}
	let file: string | undefined;
	try {
		file = inside ? resolveFile(path.slice(base.length) || '/') : undefined;
	} catch {
		file = undefined;
	}
	// A folder address without its slash is redirected, so relative links inside the page resolve.
	if (file && file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
		res.writeHead(301, { location: `${path}/` });
		res.end();
		return;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	res.writeHead(status, { ...headersFor(rules, file === join(root, '404.html') && status === 404 ? `${base}/404.html` : path), 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
}).listen(port, host, function (this: import('node:net').Server) {
	// PORT=0 picks a free port; print the one in use so tests and people can find it.
	const address = this.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}${base}/ (Ctrl+C to stop)`);
});
