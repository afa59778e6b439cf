/**
 * Steps after SvelteKit has written the site:
 * - the enhancement script (and Chart.js, as a separate chunk loaded on demand) is bundled into _app/enhance/;
 * - SvelteKit's __data.json files and client bundle, unused without the client router, are removed;
 * - the not-found page becomes the 404.html that static hosts (and scripts/serve.ts) return.
 */
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const dir = resolve(process.argv[2]);
const notFound = join(dir, 'not-found', 'index.html');
if (!existsSync(join(dir, 'index.html')) || !existsSync(notFound)) {
	console.error('The build is incomplete: index.html or not-found/index.html is missing.');
	process.exit(1);
}
copyFileSync(notFound, join(dir, '404.html'));

for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
	if (entry.isFile() && entry.name === '__data.json') rmSync(join(entry.parentPath, entry.name));
}
// Nor does any page load SvelteKit's client bundle: drop it rather than publish dead code.
const immutable = join(dir, '_app', 'immutable');
for (const entry of readdirSync(immutable, { recursive: true, withFileTypes: true })) {
	if (entry.isFile() && entry.name.endsWith('.js')) rmSync(join(entry.parentPath, entry.name));
}

await build({
	configFile: false,
	logLevel: 'warn',
	build: {
		outDir: join(dir, '_app', 'enhance'),
		emptyOutDir: true,
		sourcemap: false,
		minify: true,
		target: 'es2020',
		lib: { entry: resolve('src/client/enhance.ts'), formats: ['es'], fileName: () => 'enhance.js' },
		rollupOptions: { output: { chunkFileNames: '[name]-[hash].js' } }
	}
});
