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
					// Two files at a time: each build has its own SvelteKit folder and a lock (tests/helpers/build.ts);
					// each browser file its own server and Chromium; the CMS journey alone uses a fixed port.
					maxWorkers: 2,
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
