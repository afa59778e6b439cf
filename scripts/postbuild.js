/**
 * Steps after SvelteKit has written the site:
 * - the enhancement script (and Chart.js, as a separate chunk loaded on demand) and the search page's
 *   script are bundled into _app/enhance/;
 * - Pagefind indexes the pages marked data-pagefind-body into pagefind/ (embeds, moved notices and
 *   lists are not marked; embargoed content was never built);
 * - SvelteKit's __data.json files and client bundle, unused without the client router, are removed;
 * - the not-found page becomes the 404.html that static hosts (and scripts/serve.ts) return.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import * as pagefind from 'pagefind';

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
		lib: { entry: { enhance: resolve('src/client/enhance.ts'), search: resolve('src/client/search.ts'), admin: resolve('src/client/admin.ts') }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
		// Library mode leaves ES output unminified: ask the bundler itself to minify.
		rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js', minify: true } }
	}
});

// The content manager: Decap CMS's own files (the script, the chunks it loads and its WebAssembly) beside its page.
const decap = resolve('node_modules/decap-cms/dist');
mkdirSync(join(dir, 'admin', 'decap'), { recursive: true });
for (const name of readdirSync(decap)) if (/^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name)) copyFileSync(join(decap, name), join(dir, 'admin', 'decap', name));

// The search index, from the pages as built.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) {
	console.error(`The search index could not be made: ${errors.join('; ')}`);
	process.exit(1);
}
const added = await index.addDirectory({ path: dir });
if (added.errors.length) {
	console.error(`The search index could not read the site: ${added.errors.join('; ')}`);
	process.exit(1);
}
const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
await pagefind.close();
if (written.errors.length) {
	console.error(`The search index could not be written: ${written.errors.join('; ')}`);
	process.exit(1);
}
// The site has its own search page: Pagefind's ready-made interfaces are not published.
for (const name of readdirSync(join(dir, 'pagefind'))) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(dir, 'pagefind', name));
