/**
 * Builds a content folder into a folder under .test-builds/, once per test run and key.
 * Each build has its own SvelteKit working folder (KIT_OUT_DIR), so a test build never touches the
 * .svelte-kit/ that the type check and a developer's own build use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawFile } from '../../src/lib/content/files';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TEST_BUILDS = join(ROOT, '.test-builds');

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	out: string;
}

let builds = 0;

export function runBuild(contentDir: string, buildDate: string, out: string, env: Record<string, string> = {}): BuildResult {
	// Given SITE_URL (even empty), a build for publication; otherwise a local copy.
	const args = 'SITE_URL' in env ? ['scripts/build.ts'] : ['scripts/build.ts', '--local'];
	const kit = join(TEST_BUILDS, 'kit', `${process.pid}-${++builds}`);
	const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), args, {
		cwd: ROOT,
		// PORT and HOST would change a local copy's address (as npm start means them to): tests build for the default one.
		env: { ...process.env, PORT: '', HOST: '', CONTENT_DIR: contentDir, BUILD_DATE: buildDate, BUILD_DIR: out, KIT_OUT_DIR: kit, ...env },
		encoding: 'utf8'
	});
	rmSync(kit, { recursive: true, force: true });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, out };
}

/** A build of `contentDir` at `buildDate`, made once per run and reused by every test that asks for the same key. */
export function builtSite(key: string, contentDir: string, buildDate: string, env: Record<string, string> = {}): string {
	const out = join(TEST_BUILDS, key);
	if (existsSync(join(out, 'index.html'))) return out;
	const r = runBuild(contentDir, buildDate, out, env);
	if (r.status !== 0) throw new Error(`build ${key} failed:\n${r.stdout}\n${r.stderr}`);
	return out;
}

/**
 * The builds the tests share, each made once per run: a full build takes 20 to 30 seconds here, so
 * tests ask for one of these rather than building their own.
 */
export const DEFAULT_BUILD_DATE = '2026-11-24';
/**
 * Printing the evidence packs to PDF takes about 9 s a build: the default and hosted builds print
 * them (tests/build/find-share-print.test.ts reads them; the hosted crawl follows their links);
 * the others leave them out, as PACK_PDF=0 does.
 */
export const NO_PDF = { PACK_PDF: '0' };
export const FIXTURE = join(ROOT, 'tests', 'fixtures', 'good');
/** The default content, as `npm start` builds it. */
export const defaultSite = (): string => builtSite('default', join(ROOT, 'content'), DEFAULT_BUILD_DATE);
/** The fixture the day before its embargo lifts. */
export const fixtureBefore = (): string => builtSite('fixture-before', FIXTURE, '2026-06-30', NO_PDF);
/** The fixture on the day its embargo lifts, built as `npm run preview` builds it (so every page has the banner). */
export const fixtureOn = (): string => builtSite('fixture-on', FIXTURE, '2026-07-01', { PREVIEW_TODAY: '2026-06-20', ...NO_PDF });
/** Content with a payload in every field a person can write (tests/fixtures/hostile/), built as a local copy. */
export const hostileSite = (): string => builtSite('hostile', join(ROOT, 'tests', 'fixtures', 'hostile'), DEFAULT_BUILD_DATE, NO_PDF);

export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string): void => {
		for (const e of readdirSync(d)) {
			const p = join(d, e);
			if (statSync(p).isDirectory()) walk(p);
			else out.push(p);
		}
	};
	walk(dir);
	return out.sort();
}

export const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

/** Writes files (as RawFile) into a new folder, for content that must exist on disk. */
export function writeContent(dir: string, files: RawFile[]): string {
	for (const f of files) {
		const p = join(dir, f.name);
		mkdirSync(join(p, '..'), { recursive: true });
		writeFileSync(p, f.text);
	}
	return dir;
}

/** Text of an HTML fragment, tags removed and the entities Svelte writes decoded. */
export function textOf(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:)”])/g, '$1')
		.replace(/([(“]) /g, '$1')
		.trim();
}
