/**
 * npm run build: validate the content, build the site into a fresh folder, then swap it in.
 * If validation or the build fails, build/ is left exactly as it was.
 *
 * A build is for publication unless run with --local (as npm start and npm run preview do): it
 * then needs the public address, from SITE_URL or base_url in site.yaml, and refuses a local one,
 * so no published file can point at this computer. The address's path is the base path the site
 * is served under (https://org.github.io/tracker → /tracker).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { todayInLondon } from '../src/lib/content/dates';
import { contentDir } from '../src/lib/content/index';
import { readContentDir } from '../src/lib/content/files';
import { localUrl, siteAddress } from '../src/lib/model/addresses';
import { headersFile, rules } from '../src/lib/output/headers';
import { cmsProxyUrl } from '../src/lib/output/cms';

const local = process.argv.includes('--local');
const target = resolve(process.env.BUILD_DIR || 'build');
const next = `${target}.next`;
const old = `${target}.old`;
const bin = (name: string): string => resolve('node_modules/.bin', name);

function fail(message: string): never {
	console.error(`${message}\n\nNothing was built: the site in build/ (if any) is unchanged.`);
	process.exit(1);
}

/** The address the site is published at, checked; or the local one. */
function address(): string {
	const fromEnv = process.env.SITE_URL?.trim();
	if (local) return fromEnv || localUrl(process.env);
	let fromFile: unknown;
	try {
		fromFile = parse(readFileSync(join(contentDir(process.env), 'site.yaml'), 'utf8'))?.base_url;
	} catch {
		fromFile = undefined; // the validator reports a broken site.yaml
	}
	const url = fromEnv || (typeof fromFile === 'string' ? fromFile.trim() : '');
	if (!url)
		fail(
			'This build is for publication, so it needs the address the site will be published at.\n' +
				'Set it with SITE_URL, e.g. SITE_URL=https://example.org/tracker npm run build, or as base_url in content/site.yaml.\n' +
				'To build a copy to look at on this computer, run npm start instead.'
		);
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return fail(`The address "${url}" is not a web address: write it as https://example.org or https://example.org/tracker.`);
	}
	if (u.protocol !== 'https:') fail(`The address "${url}" must start with https:// for publication.`);
	if (/^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i.test(u.hostname) || u.hostname.endsWith('.localhost'))
		fail(`The address "${url}" is this computer, not a public address: embed codes and links built for it would not work anywhere else. For a local copy, run npm start.`);
	if (u.search || u.hash) fail(`The address "${url}" must not have a ? or # part.`);
	return url;
}

const site = siteAddress(address());
const siteUrl = `${site.origin}${site.base}`;
// One build date for the validator and the build, decided once, here.
const buildDate = process.env.BUILD_DATE?.trim() || todayInLondon(new Date());
// Evidence packs are also made as PDF files when Chromium is here (PACK_PDF=0 turns that off).
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const pdf = process.env.PACK_PDF !== '0' && existsSync(chromium);
const env = { ...process.env, BUILD_DATE: buildDate, BUILD_OUT: next, SITE_URL: siteUrl, BASE_PATH: site.base, SITE_LOCAL: local ? '1' : '', PUBLICATION: local ? '' : '1', PACK_PDF: pdf ? '1' : '' };

// SvelteKit's advice to run `npm run preview` after a build means its own preview, not ours.
const NOISE = /^(Run npm run preview to preview your production build locally\.|> Using @sveltejs\/adapter-static|\s*Wrote site to .*|\s*✔ done)$/;

function run(cmd: string, args: string[]) {
	const r = spawnSync(cmd, args, { env, stdio: ['inherit', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const out = r.stdout.split('\n').filter((l) => !NOISE.test(l)).join('\n').trim();
	if (out) console.log(out);
	if (r.stderr.trim()) console.error(r.stderr.trimEnd());
	return r;
}

const validate = run(bin('tsx'), ['scripts/validate.ts']);
if (validate.status !== 0) {
	console.error('\nNothing was built: the site in build/ (if any) is unchanged.');
	process.exit(1);
}

rmSync(next, { recursive: true, force: true });
const started = Date.now();
for (const step of [
	[bin('vite'), ['build', '--logLevel', 'warn']],
	[process.execPath, ['scripts/postbuild.js', next]]
] as const) {
	if (run(step[0], [...step[1]]).status !== 0) {
		rmSync(next, { recursive: true, force: true });
		console.error('\nThe build failed: the site in build/ (if any) is unchanged.');
		process.exit(1);
	}
}

// The hosts' headers, for what was actually built.
const entries = (dir: string) => readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
const list = rules([...entries(next), ...['_headers', 'headers.json', 'version.json'].map((name) => ({ name, dir: false }))], entries(join(next, '_app')), site.base, entries(join(next, 'data')), local ? cmsProxyUrl(process.env) : undefined);
writeFileSync(join(next, '_headers'), headersFile(list));
writeFileSync(join(next, 'headers.json'), JSON.stringify(list, null, 2) + '\n');

// What this build was made from, so anyone can tell whether the daily rebuild ran.
const content = createHash('sha256');
for (const f of readContentDir(contentDir(process.env))) content.update(`${f.name}\n${f.text}\n`);
const git = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
const version = {
	site: siteUrl,
	base_path: site.base,
	local,
	build_date: buildDate,
	built_at: new Date().toISOString(),
	code: process.env.GITHUB_SHA || (git.status === 0 ? git.stdout.trim() : null),
	content: content.digest('hex').slice(0, 16)
};
writeFileSync(join(next, 'version.json'), JSON.stringify(version, null, 2) + '\n');

if (pdf && run(process.execPath, ['--import', 'tsx', 'scripts/packs.ts', next]).status !== 0) {
	rmSync(next, { recursive: true, force: true });
	fail('The evidence packs could not be printed to PDF (see above). To build without them, set PACK_PDF=0.');
}
if (!pdf && process.env.PACK_PDF !== '0') console.log(`Evidence packs are not made as PDF files: Chromium was not found at ${chromium} (set CHROME_PATH to it). The pack pages still print.`);

rmSync(old, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, old);
renameSync(next, target);
rmSync(old, { recursive: true, force: true });
console.log(`Built the site for ${buildDate}, to be published at ${siteUrl}/, into ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (local) console.log('This is a local copy: its embed codes and links point at this computer. For publication, run npm run build with SITE_URL set.');
