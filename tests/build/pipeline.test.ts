import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, TEST_BUILDS, fixtureBefore, fixtureOn, listFiles, read, runBuild, writeContent } from '../helpers/build';
import { GOOD, edited } from '../helpers/fixtures';

// An embargoed update (title, status-change note, body), an embargoed metric value and an embargoed commitment.
const MARKERS = ['EMBARGO-MARKER-TITLE', 'EMBARGO-MARKER-STATUS', 'EMBARGO-MARKER-BODY', 'EMBARGO-MARKER-VALUE', 'EMBARGO-MARKER-COMMITMENT'];

function filesContaining(dir: string, needle: string): string[] {
	return listFiles(dir).filter((f) => readFileSync(f).includes(needle));
}

function validate(contentDir: string) {
	return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], {
		cwd: ROOT,
		// CI=false: this is someone's own computer, whether or not the tests run in CI.
		env: { ...process.env, CONTENT_DIR: contentDir, BUILD_DATE: '2026-06-30', CI: 'false' },
		encoding: 'utf8'
	});
}

const badFolder = (): string =>
	writeContent(
		mkdtempSync(join(tmpdir(), 'bad-content-')),
		edited([
			{ file: 'commitments/independent-review.yaml', replace: 'status: in_progress', with: 'status: started' },
			{ file: 'metrics/staff-added.yaml', replace: 'period: 2022-09', with: 'period: 2022-13' }
		])
	);

describe('CONTENT_DIR and BUILD_DATE', () => {
	it('builds another content folder', () => {
		const out = fixtureBefore();
		const home = read(out, 'index.html');
		expect(home).toContain('Example Tracker');
		expect(existsSync(join(out, 'commitments/standards-posts/index.html'))).toBe(true);
	});

	it('keeps embargoed items out of every file the day before publish_at: pages, JSON, CSV, feeds, sitemap, oEmbed, images', () => {
		const out = fixtureBefore();
		const kinds = new Set(listFiles(out).map((f) => f.split('.').pop()));
		for (const kind of ['html', 'json', 'csv', 'xml', 'svg', 'png', 'txt', 'md', 'js', 'css']) expect(kinds, kind).toContain(kind);
		for (const m of MARKERS) expect(filesContaining(out, m), m).toEqual([]);
		expect(listFiles(out).filter((f) => f.endsWith('.map')), 'no source maps').toEqual([]);
		expect(read(out, 'commitments/standards-posts/index.html')).toContain('Planned');
		expect(read(out, 'sitemap.xml')).not.toContain('embargoed-commitment');
		expect(existsSync(join(out, 'commitments/embargoed-commitment'))).toBe(false);
		expect(read(out, 'data/metrics/dismissals-by-year.csv')).not.toContain('2023');
	});

	it('publishes them all, with the status change, on publish_at', () => {
		const out = fixtureOn();
		for (const m of MARKERS) expect(filesContaining(out, m).length, m).toBeGreaterThan(0);
		expect(read(out, 'commitments/standards-posts/index.html')).toContain('Delayed');
		expect(read(out, 'feeds/updates.xml')).toContain('EMBARGO-MARKER-TITLE');
		expect(read(out, 'sitemap.xml')).toContain('/commitments/embargoed-commitment/');
		expect(read(out, 'data/metrics/dismissals-by-year.csv')).toContain('2023,,113');
	});
});

describe('bad content', () => {
	it('npm run validate lists every problem with file:line:col, exits 1, and prints no stack trace', () => {
		const dir = badFolder();
		const r = validate(dir);
		expect(r.status).toBe(1);
		const lines = r.stderr.split('\n').filter((l) => /:\d+:\d+ {2}/.test(l));
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/commitments\/independent-review\.yaml:7:9 {2}status {2}"started" is not allowed here: use one of: planned/);
		expect(lines[1]).toMatch(/metrics\/staff-added\.yaml:14:13 {2}values\[2\]\.period {2}/);
		expect(r.stderr + r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	});

	it('in a shared log (CI=true), a problem in a file under embargo is counted but neither its name nor its title is printed', () => {
		const dir = writeContent(
			mkdtempSync(join(tmpdir(), 'embargo-log-')),
			edited([{ file: 'updates/2026-07-01-embargoed-news.md', replace: 'sources: [example-statement]', with: 'sources: [no-such-source]' }])
		);
		const shared = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2026-06-30', CI: 'true' }, encoding: 'utf8' });
		expect(shared.status).toBe(1);
		expect(shared.stderr).toContain('1 problem');
		expect(shared.stderr).toContain('(a file under embargo until 2026-07-01)  a problem not shown in this shared log');
		expect(shared.stdout + shared.stderr).not.toMatch(/embargoed-news|EMBARGO-MARKER/);
		const own = validate(dir);
		expect(own.stderr).toContain('2026-07-01-embargoed-news.md:10:11  sources[1]  no source has the id "no-such-source"');
	});

	it('npm run validate exits 0 on good content', () => {
		const r = validate(GOOD);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});

	it('a failed build writes nothing and leaves the previous build untouched', () => {
		// A good build already in place: a copy of one the tests share, rather than a build of its own.
		const out = join(TEST_BUILDS, 'swap');
		cpSync(fixtureBefore(), out, { recursive: true });
		const before = listFiles(out).map((f) => [f, readFileSync(f, 'utf8')]);
		const r = runBuild(badFolder(), '2026-06-30', out);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('Nothing was built');
		expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		expect(listFiles(out).map((f) => [f, readFileSync(f, 'utf8')])).toEqual(before);
		expect(existsSync(`${out}.next`)).toBe(false);
	});

	it('an impossible BUILD_DATE is refused plainly', () => {
		const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: GOOD, BUILD_DATE: '2026-02-30' },
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('BUILD_DATE must be a real date');
	});
});
