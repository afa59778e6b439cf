import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: { sourcemap: false, rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		env: { TZ: 'Europe/London' },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node', maxWorkers: 2 }
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**'],
					environment: 'node',
					// One file at a time. Two at a time was tried: with builds and Chromium both busy, each file took
					// about 1.8 times as long and the whole run was 7m41–7m52 against 8m05 (2 cores), so not worth the
					// risk of timeouts. Builds still have their own SvelteKit folders (tests/helpers/build.ts).
					fileParallelism: false,
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
