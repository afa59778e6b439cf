import adapter from '@sveltejs/adapter-static';

/**
 * The build writes to BUILD_OUT (scripts/build.ts points it at a fresh folder, then swaps it in
 * whole), so a failed build never leaves a half-written build/.
 */
const out = process.env.BUILD_OUT || 'build';
/** The path the site is served under ('' or e.g. /tracker), from the address scripts/build.ts resolved. */
const base = process.env.BASE_PATH || '';
/** SvelteKit's working folder: the tests give each build its own, so that builds can run side by side. */
const outDir = process.env.KIT_OUT_DIR || '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		outDir,
		adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A dynamic route may have no pages (a folder with no metrics yet): that is not an error.
			handleUnseenRoutes: 'ignore',
			entries: ['*', '/not-found/'],
			// Pages are cheap; PNG charts render on other threads, so let several requests overlap.
			concurrency: 4
		},
		output: { bundleStrategy: 'single' },
		paths: { base, relative: false }
	}
};

export default config;
