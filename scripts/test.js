/**
 * npm test: the one gate. Type check (svelte-check, strict), then every vitest project (unit,
 * SVG snapshots, build tests over the prerendered HTML, browser journeys in Chromium).
 * Ends with one line CI reads: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const bin = (name) => resolve('node_modules/.bin', name);
let passed = 0;
let failed = 0;

function step(title, cmd, args) {
	console.log(`\n== ${title}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'Europe/London' } });
	return r.status === 0;
}

if (step('sync', bin('svelte-kit'), ['sync']) && step('type check (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'])) passed++;
else failed++;

mkdirSync('.test-results', { recursive: true });
const report = resolve('.test-results/vitest.json');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
step('tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
if (existsSync(report)) {
	const r = JSON.parse(readFileSync(report, 'utf8'));
	passed += r.numPassedTests;
	failed += r.numFailedTests;
	// A file that fails to load has no tests counted, so count it as a failure.
	failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
	failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
