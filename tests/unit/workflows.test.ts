/**
 * The GitHub Actions workflows cannot run here, so they are checked: each against the workflow
 * schema (action-validator), and for what the deploy must do.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));

describe('workflows', () => {
	it.each(files)('%s is a valid workflow', (f) => {
		const r = spawnSync(join(ROOT, 'node_modules/.bin/action-validator'), [join(DIR, f)], { encoding: 'utf8' });
		expect(r.stdout + r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('the validator finds a mistake (so the check above can fail)', () => {
		const r = spawnSync(join(ROOT, 'node_modules/.bin/action-validator'), ['/dev/stdin'], { input: 'on: [push]\njobs:\n  a:\n    runz-on: ubuntu-latest\n', encoding: 'utf8' });
		expect(r.status).not.toBe(0);
	});

	const deploy = parse(readFileSync(join(DIR, 'deploy.yml'), 'utf8'));
	it('deploys on every push to main and shortly after midnight London time, winter and summer', () => {
		expect(deploy.on.push.branches).toEqual(['main']);
		const crons = deploy.on.schedule.map((s: { cron: string }) => s.cron).sort();
		expect(crons).toEqual(['5 0 * * *', '5 23 * * *']);
	});

	it('builds for the published address, with CI=true so the log names no embargoed file', () => {
		const build = deploy.jobs.build.steps.find((s: { run?: string }) => s.run === 'npm run build');
		expect(build.env.SITE_URL).toMatch(/vars\.SITE_URL/);
		expect(build.env.CI).toBe('true');
		expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});

	it('tests every pull request the way CI does', () => {
		const test = parse(readFileSync(join(DIR, 'test.yml'), 'utf8'));
		expect(Object.keys(test.on)).toContain('pull_request');
		expect(test.jobs.test.steps.at(-1).run).toBe('bash .ci/run');
	});
});
