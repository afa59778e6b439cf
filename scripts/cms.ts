/**
 * npm run cms: the content manager on this computer, for trying it or working without the
 * published site. Builds a local copy, starts decap-server (which writes straight into content/
 * here, with no sign-in and no commit: keep it to this computer) and serves the site. Open the
 * address it prints; rebuild (npm start) to see what you saved on the site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { cmsProxyUrl } from '../src/lib/output/cms';

const build = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts', '--local'], { stdio: 'inherit', env: { ...process.env, PACK_PDF: process.env.PACK_PDF ?? '0' } });
if (build.status !== 0) process.exit(build.status ?? 1);

const proxy = new URL(cmsProxyUrl(process.env));
const children: ChildProcess[] = [
	spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
		// Only this computer can reach it: it writes files without asking who is there.
		env: { ...process.env, GIT_REPO_DIRECTORY: process.cwd(), PORT: proxy.port || '8081', BIND_HOST: '127.0.0.1', MODE: 'fs' },
		stdio: ['ignore', 'ignore', 'inherit']
	}),
	spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'build'], { stdio: 'inherit' })
];
const port = process.env.PORT || '4173';
console.log(`\nThe content manager: http://127.0.0.1:${port}/admin/ (press Login; what you publish is saved in content/ on this computer).\nStop with Ctrl+C.`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => children.forEach((c) => c.kill(signal)));
children[1].on('exit', (code) => {
	children[0].kill();
	process.exit(code ?? 0);
});
