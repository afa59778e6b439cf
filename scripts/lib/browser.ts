/**
 * Serves a build folder with scripts/serve.ts and drives Debian's Chromium with playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Served {
	url: string;
	stop(): void;
}

export function serve(dir: string): Promise<Served> {
	return new Promise((resolve, reject) => {
		const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', dir], {
			cwd: ROOT,
			env: { ...process.env, PORT: '0' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const timer = setTimeout(() => reject(new Error('server did not start')), 10_000);
		child.stdout?.on('data', (b: Buffer) => {
			const m = /at (http:\/\/\S+?)\/? /.exec(b.toString());
			if (m) {
				clearTimeout(timer);
				resolve({ url: m[1], stop: () => child.kill() });
			}
		});
		child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}
