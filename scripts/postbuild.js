/**
 * Steps after SvelteKit has written the site: the not-found page becomes the 404.html that
 * static hosts (and scripts/serve.js) return for unknown URLs.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const notFound = join(dir, 'not-found', 'index.html');
if (!existsSync(join(dir, 'index.html')) || !existsSync(notFound)) {
	console.error('The build is incomplete: index.html or not-found/index.html is missing.');
	process.exit(1);
}
copyFileSync(notFound, join(dir, '404.html'));
