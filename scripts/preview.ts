/**
 * npm run preview: build the site as it will be on BUILD_DATE (default today) into .preview/ and
 * serve it on PORT (default 4174), so the press office can check an embargoed release before it
 * goes out. When BUILD_DATE is in the future, every page carries a banner saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { todayInLondon } from '../src/lib/content/dates';

const today = todayInLondon(new Date());
const port = process.env.PORT || '4174';
// Embed codes and links in the preview point at the preview itself.
const env = { ...process.env, BUILD_DIR: '.preview', PREVIEW_TODAY: today, PORT: port, SITE_URL: process.env.SITE_URL || `http://127.0.0.1:${port}` };

const build = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/build.ts', '--local'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(process.env.BUILD_DATE && process.env.BUILD_DATE > today ? `\nPreview of the site as it will be on ${process.env.BUILD_DATE} (today is ${today}): embargoes up to that date are lifted. Nothing is published.` : '\nPreview of the site as of today. Nothing is published.');
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '.preview'], { env, stdio: 'inherit' });
// Stopping the preview stops its server too, however it is stopped.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
