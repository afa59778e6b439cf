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
				test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/unit/**'],
					environment: 'node',
					// Builds share .svelte-kit/ and browser journeys share one machine: one file at a time.
					fileParallelism: false,
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
