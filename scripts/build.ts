/**
 * npm run build: validate the content, build the site into a fresh folder, then swap it in.
 * If validation or the build fails, build/ is left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { todayInLondon } from '../src/lib/content/dates';

const target = resolve(process.env.BUILD_DIR || 'build');
const next = `${target}.next`;
const old = `${target}.old`;
const bin = (name: string): string => resolve('node_modules/.bin', name);

// One build date for the validator and the build, decided once, here.
const env = { ...process.env, BUILD_DATE: process.env.BUILD_DATE?.trim() || todayInLondon(new Date()), BUILD_OUT: next };

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
const build = run(bin('vite'), ['build', '--logLevel', 'warn']);
if (build.status !== 0) {
	rmSync(next, { recursive: true, force: true });
	console.error('\nThe build failed: the site in build/ (if any) is unchanged.');
	process.exit(1);
}
const post = run(process.execPath, ['scripts/postbuild.js', next]);
if (post.status !== 0) {
	rmSync(next, { recursive: true, force: true });
	console.error('\nThe build failed: the site in build/ (if any) is unchanged.');
	process.exit(1);
}

rmSync(old, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, old);
renameSync(next, target);
rmSync(old, { recursive: true, force: true });
console.log(`Built the site for ${env.BUILD_DATE} into ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
