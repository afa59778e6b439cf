/**
 * A small static server for build/: `npm run serve` (PORT, default 4173; HOST, default 127.0.0.1).
 * It serves files written after the build too, unlike `vite preview`.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] || process.env.SERVE_DIR || 'build');
const port = Number(process.env.PORT || 4173);
const host = process.env.HOST || '127.0.0.1';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

function resolveFile(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^([/\\])+/, '');
	const abs = join(root, clean);
	if (abs !== root && !abs.startsWith(root + sep)) return undefined;
	for (const candidate of [abs, join(abs, 'index.html'), `${abs}.html`]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

if (!existsSync(root)) {
	console.error(`There is no ${root} to serve yet: run npm run build first.`);
	process.exit(1);
}

createServer((req, res) => {
	let file;
	try {
		file = resolveFile(req.url || '/');
	} catch {
		file = undefined;
	}
	// A folder URL without its slash is redirected, so relative links inside the page resolve.
	const path = (req.url || '/').split('?')[0];
	if (file && file.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('.html')) {
		res.writeHead(301, { location: `${path}/` });
		res.end();
		return;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	res.writeHead(status, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
}).listen(port, host, function () {
	// PORT=0 picks a free port; print the one in use so tests and people can find it.
	const { port: actual } = this.address();
	console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/ (Ctrl+C to stop)`);
});
