/**
 * npm run bench: generates synthetic content at 1×, 10× and 100× the default, validates and builds
 * each with CONTENT_DIR, and prints a table. Not part of npm test. `BENCH_SCALES=1×,10×` runs some.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { generate, SCALES } from './generate';

interface Run {
	seconds: number;
	peakMb: number;
	ok: boolean;
	output: string;
}

/** Runs a command under GNU time for its wall time and peak memory (the largest process). */
function timed(args: string[], env: NodeJS.ProcessEnv): Run {
	const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const m = /BENCH ([\d.]+) (\d+)/.exec(r.stderr);
	return { seconds: m ? Number(m[1]) : NaN, peakMb: m ? Number(m[2]) / 1024 : NaN, ok: r.status === 0, output: (r.stdout + r.stderr).slice(-2000) };
}

function walk(dir: string): { files: number; pages: number; bytes: number } {
	let files = 0;
	let pages = 0;
	let bytes = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		files++;
		bytes += statSync(join(e.parentPath, e.name)).size;
		if (e.name.endsWith('.html')) pages++;
	}
	return { files, pages, bytes };
}

const wanted = process.env.BENCH_SCALES?.split(',');
const rows: string[][] = [];
for (const scale of SCALES.filter((s) => !wanted || wanted.includes(s.name))) {
	const dir = mkdtempSync(join(tmpdir(), `bench-${scale.commitments}-`));
	const content = join(dir, 'content');
	const out = join(dir, 'build');
	generate(content, scale);
	// Start each measurement with the disk quiet: the last scale's half-gigabyte is still being written out.
	spawnSync('sync');
	const env = { ...process.env, CONTENT_DIR: content, BUILD_DATE: '2026-11-24', BUILD_DIR: out };
	const validate = timed([join('node_modules', '.bin', 'tsx'), 'scripts/validate.ts'], env);
	const build = timed(['node_modules/.bin/tsx', 'scripts/build.ts', '--local'], env);
	if (!validate.ok || !build.ok) {
		console.error(`${scale.name} failed:\n${validate.output}\n${build.output}`);
		process.exit(1);
	}
	const w = walk(out);
	rows.push([
		scale.name,
		`${scale.commitments} / ${scale.metrics}×${scale.points} / ${scale.updates}`,
		String(w.pages),
		String(w.files),
		validate.seconds.toFixed(2),
		build.seconds.toFixed(1),
		((build.seconds * 1000) / w.pages).toFixed(1),
		(w.bytes / 1024 / 1024).toFixed(1),
		Math.max(validate.peakMb, build.peakMb).toFixed(0)
	]);
	console.log(`${scale.name} done`);
	rmSync(dir, { recursive: true, force: true });
}

const head = ['scale', 'commitments / metrics×points / updates', 'pages', 'files', 'validate s', 'build s', 'ms per page', 'output MB', 'peak MB'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(['', line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
