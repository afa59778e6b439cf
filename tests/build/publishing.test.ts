/**
 * The press office's commands: new:update scaffolds a valid, correctly named update; a preview
 * says so on every page, and a normal build never does; unfinished work stops a publication.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { NO_PDF, ROOT, TEST_BUILDS, builtSite, defaultSite, fixtureBefore, fixtureOn, read, runBuild, textOf, writeContent } from '../helpers/build';
import { goodFiles } from '../helpers/fixtures';

function newUpdate(dir: string, args: string[]) {
	return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/new-update.ts', ...args], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: dir },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

function validate(dir: string, buildDate: string) {
	return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: buildDate, CI: 'false' }, encoding: 'utf8' });
}

describe('npm run new:update', () => {
	it('writes a correctly named update that validates, with its status change, and says what to do next', () => {
		const dir = writeContent(mkdtempSync(join(tmpdir(), 'new-update-')), goodFiles());
		const r = newUpdate(dir, ['--commitment', 'standards-posts', '--title', "Posts: the Met's first review", '--date', '2026-08-03', '--publish-at', '2026-08-05', '--status', 'in_progress']);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('updates/2026-08-03-posts-the-mets-first-review.md');
		expect(r.stdout).toMatch(/Next:[\s\S]*npm run validate[\s\S]*BUILD_DATE=2026-08-05 npm run preview/);
		const text = readFileSync(join(dir, 'updates', '2026-08-03-posts-the-mets-first-review.md'), 'utf8');
		// The embargoed update in the fixture moves standards-posts to delayed on 2026-07-01.
		expect(text).toContain('status_changes:\n  - commitment: standards-posts\n    from: delayed\n    to: in_progress');
		const v = validate(dir, '2026-08-05');
		expect(v.status).toBe(0);
		expect(v.stderr).toMatch(/2026-08-03-posts-the-mets-first-review\.md:4:11 {2}\(text\) {2}replace the placeholder/);
		expect(v.stderr).toMatch(/2026-08-03-posts-the-mets-first-review\.md:16:1 {2}\(text\) {2}replace the placeholder/);
		expect(v.stderr).toMatch(/2026-08-03-posts-the-mets-first-review\.md:12:1 {2}sources {2}this update cites no source/);
	});

	it('refuses a commitment that does not exist, suggesting the nearest, and never overwrites', () => {
		const dir = writeContent(mkdtempSync(join(tmpdir(), 'new-update-')), goodFiles());
		const bad = newUpdate(dir, ['--commitment', 'standard-posts', '--title', 'X']);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('There is no commitment "standard-posts"; did you mean "standards-posts"?');
		const args = ['--commitment', 'standards-posts', '--title', 'Same title', '--date', '2026-08-03'];
		expect(newUpdate(dir, args).status).toBe(0);
		const again = newUpdate(dir, args);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists');
		expect(readdirSync(join(dir, 'updates')).filter((f) => f.includes('same-title'))).toHaveLength(1);
	});

	it('asks for what it needs when given nothing outside a terminal', () => {
		const r = newUpdate(writeContent(mkdtempSync(join(tmpdir(), 'new-update-')), goodFiles()), []);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('Say which commitment the update is about');
	});
});

describe('preview', () => {
	it('a build for a future date made by npm run preview says so on every page', () => {
		const out = fixtureOn();
		for (const page of ['index.html', 'commitments/standards-posts/index.html', 'updates/2026-07-01-embargoed-news/index.html'])
			expect(read(out, page)).toContain('<strong>Preview, not published.</strong> This is the site as it will be on 1 July 2026 (today is 20 June 2026)');
	});

	it('a normal build never carries the banner', () => {
		for (const out of [fixtureBefore(), defaultSite()]) expect(read(out, 'index.html')).not.toContain('Preview, not published');
	});
});

describe('publication gates', () => {
	/** The fixture plus an update as new:update leaves it: placeholder text and no source. */
	const unfinished = (): string => {
		const dir = writeContent(mkdtempSync(join(tmpdir(), 'unfinished-')), goodFiles());
		expect(newUpdate(dir, ['--commitment', 'standards-posts', '--title', 'Half written', '--date', '2026-06-29']).status).toBe(0);
		return dir;
	};

	it('new:update says when the status asked for is already the status, and records no change', () => {
		const dir = writeContent(mkdtempSync(join(tmpdir(), 'new-update-')), goodFiles());
		const r = newUpdate(dir, ['--commitment', 'standards-posts', '--title', 'Still delayed', '--date', '2026-08-03', '--status', 'delayed']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('standards-posts is already "delayed", so this update records no status change');
		expect(readFileSync(join(dir, 'updates', '2026-08-03-still-delayed.md'), 'utf8')).not.toContain('status_changes');
	});

	it('placeholder text and an update with no source stop a build for publication, each named with its line', () => {
		const dir = unfinished();
		const own = validate(dir, '2026-06-30');
		expect(own.status, 'on its own, validate only warns').toBe(0);
		const r = runBuild(dir, '2026-06-30', join(TEST_BUILDS, 'unfinished-publication'), { SITE_URL: 'https://example.org/tracker' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('3 things to finish before');
		expect(r.stderr).toMatch(/2026-06-29-half-written\.md:4:11 {2}\(text\) {2}replace the placeholder/);
		expect(r.stderr).toMatch(/2026-06-29-half-written\.md:\d+:1 {2}sources {2}this update cites no source/);
		expect(r.stderr).toContain('Nothing was built');
	});

	it('a preview of today says it is a preview on every page, and lists what publication would stop on', () => {
		const out = builtSite('preview-today', unfinished(), '2026-06-30', { PREVIEW_TODAY: '2026-06-30', ...NO_PDF });
		for (const page of ['index.html', 'commitments/standards-posts/index.html', 'updates/2026-06-29-half-written/index.html']) {
			const text = textOf(read(out, page));
			expect(text).toContain('Preview, not published. This is the site as of 30 June 2026, built on this computer');
			expect(text).toContain('Not ready to publish: a build for publication stops on these 3 until they are finished.');
			expect(text).toMatch(/2026-06-29-half-written\.md:\d+:1\s+sources\s+this update cites no source/);
		}
	});
});
