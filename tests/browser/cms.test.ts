/**
 * The content manager end to end, as a press officer uses it: Decap CMS at /admin/ of a local
 * build, with decap-server writing to a copy of content/. An editor publishes an update with a
 * status change and a source, and adds a figure to a metric; the files appear, say what new:update
 * would, keep their comments, pass `npm run validate` and show on the rebuilt site. An empty
 * required field is refused in the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { defaultSite, DEFAULT_BUILD_DATE, NO_PDF, read, ROOT, runBuild } from '../helpers/build';
import { folderModel } from '../helpers/model';
import { launch, serve, type Served } from '../../scripts/lib/browser';
import { readUpdate } from '../../src/lib/content/write';

const PROXY_PORT = '8081';
let repo: string;
let proxy: ChildProcess;
let site: Served;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
	repo = mkdtempSync(join(tmpdir(), 'cms-repo-'));
	cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
	proxy = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
		env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: PROXY_PORT, BIND_HOST: '127.0.0.1', MODE: 'fs', LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('decap-server did not start')), 15_000);
		const seen = (b: Buffer) => /listening|configured/i.test(b.toString()) && (clearTimeout(timer), resolve());
		proxy.stdout?.on('data', seen);
		proxy.stderr?.on('data', seen);
	});
	site = await serve(defaultSite());
	browser = await launch();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	site?.stop();
	proxy?.kill();
});

/** The admin page, signed in (the local backend has one button). */
async function signedIn(): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
	page.setDefaultTimeout(20_000);
	page.on('pageerror', (e) => e.message && e.message !== 'undefined' && problems.push(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && /Content Security Policy|Refused/.test(m.text()) && problems.push(m.text()));
	await page.goto(`${site.url}/admin/`);
	await page.getByRole('button', { name: 'Login' }).click();
	return page;
}

async function publishNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

async function pick(page: Page, label: string | RegExp, typed: string, option: string): Promise<void> {
	const input = typeof label === 'string' ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
	await input.click();
	await input.fill(typed);
	await page.getByRole('option', { name: option, exact: true }).click();
}

async function waitForFile(path: string, has: string): Promise<string> {
	const until = Date.now() + 15_000;
	while (Date.now() < until) {
		if (existsSync(path) && readFileSync(path, 'utf8').includes(has)) return readFileSync(path, 'utf8');
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${path} was not written`);
}

const validate = (buildDate: string) =>
	spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(repo, 'content'), BUILD_DATE: buildDate, CI: 'false' }, encoding: 'utf8' });

describe('the content manager (Decap CMS, local backend)', () => {
	const model = folderModel(join(ROOT, 'content'), DEFAULT_BUILD_DATE);
	const moving = model.commitments.find((c) => c.status === 'in_progress' && !c.parent)!;
	const source = model.sources[0];
	const title = 'Follow-up review: the final report is published';
	const SLUG = 'follow-up-review-the-final-report-is-published';
	// The CMS names a new update after the day it is written, by the browser's clock (its date controls would not run on a fixed clock), so the checks use that day.
	const written = () => readdirSync(join(repo, 'content', 'updates')).find((n) => n.endsWith(`-${SLUG}.md`));
	const day = () => written()?.slice(0, 10) ?? DEFAULT_BUILD_DATE;

	it('refuses an update with no title, in the form, and writes nothing', async () => {
		const before = readdirSync(join(repo, 'content', 'updates')).length;
		const page = await signedIn();
		await page.getByRole('link', { name: 'Updates', exact: true }).click();
		await page.locator('a[href$="/collections/updates/new"]').click();
		await page.getByLabel('Title', { exact: true }).waitFor();
		await publishNow(page);
		await expect.poll(() => page.locator('body').innerText()).toMatch(/Title is required/i);
		// The schema's own words are under the field.
		expect(await page.locator('body').innerText()).toContain('A headline.');
		expect(readdirSync(join(repo, 'content', 'updates')).length).toBe(before);
		await page.close();
	}, 90_000);

	it('publishes an update with a status change and a source, written as new:update writes it', async () => {
		const page = await signedIn();
		await page.getByRole('link', { name: 'Updates', exact: true }).click();
		await page.locator('a[href$="/collections/updates/new"]').click();
		await page.getByLabel('Title', { exact: true }).fill(title);
		await page.getByLabel('Summary').fill('The follow-up review\'s final report is out: it says "more to do".');
		await pick(page, 'Commitments', moving.title.split(' ').slice(0, 2).join(' '), moving.title);
		await page.getByRole('button', { name: /Add status change/i }).click();
		await pick(page, 'Commitment', moving.title.split(' ').slice(0, 2).join(' '), moving.title);
		await pick(page, 'From', 'In pro', 'In progress');
		await pick(page, 'To', 'Deliv', 'Delivered');
		await pick(page, /^Sources/, source.title.split(' ').slice(0, 3).join(' '), source.title);
		await page.locator('[data-slate-editor="true"]').click();
		await page.keyboard.type('The review published its final report. This was typed into the content manager.');
		await publishNow(page);
		await expect.poll(written, { timeout: 15_000 }).toBeTruthy();
		const text = await waitForFile(join(repo, 'content', 'updates', written()!), 'typed into the content manager');
		await page.close();

		expect(text.split('\n').slice(0, 2)).toEqual(['---', '# yaml-language-server: $schema=../../static/schema/update.schema.json']);
		const { front, body } = readUpdate(text);
		expect(Object.keys(front)).toEqual(['title', 'summary', 'commitments', 'status_changes', 'sources']);
		expect(front).toMatchObject({ title, commitments: [moving.id], status_changes: [{ commitment: moving.id, from: 'in_progress', to: 'delivered' }], sources: [source.id] });
		expect(body).toContain('This was typed into the content manager.');
	}, 90_000);

	it('adds a figure to a metric, as a number, keeping the file\'s comments and other fields', async () => {
		const id = 'dps-investigator-growth';
		const path = join(repo, 'content', 'metrics', `${id}.yaml`);
		const before = readFileSync(path, 'utf8');
		const comments = before.split('\n').filter((l) => /^\s*#/.test(l));
		expect(comments.length).toBeGreaterThan(1);
		const page = await signedIn();
		await page.getByRole('link', { name: 'Figures (metrics)', exact: true }).click();
		await page.getByRole('link', { name: /People added to the Directorate of Professional Standards/ }).first().click();
		await page.getByRole('button', { name: /Add value/i }).click();
		const periods = page.getByLabel('Period', { exact: true });
		await periods.last().fill('2024-01');
		// The new value's own fields (a metric's target and total have a Value and a Source too, folded away).
		await page.locator('input[id^="value-field-"]:visible').last().fill('1988');
		// A figure with no source is refused before it is saved, in the validator's words (Decap also reports the refusal as a page error, which is expected here).
		const seen = problems.length;
		await publishNow(page);
		await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('a figure needs a source');
		expect(readFileSync(path, 'utf8')).toBe(before);
		problems.splice(seen);
		const sourceBox = page.locator('input[id^="source-field-"]:visible').last();
		await sourceBox.click();
		await sourceBox.fill('Dozens of additional');
		await page.getByRole('option', { name: model.source('met-news-dps-investigators')!.title, exact: true }).click();
		await publishNow(page);
		const after = await waitForFile(path, '2024-01');
		await page.close();

		const data = parse(after);
		expect(data.values.at(-1)).toEqual({ period: '2024-01', value: 1988, source: 'met-news-dps-investigators' });
		expect(after.split('\n').filter((l) => /^\s*#/.test(l))).toEqual(comments);
		const { values: _a, ...restBefore } = parse(before);
		const { values: _b, ...restAfter } = data;
		expect(restAfter).toEqual(restBefore);
	}, 90_000);

	it('what it wrote passes npm run validate and shows on the rebuilt site, with nothing blocked by the policy', () => {
		const v = validate(day());
		expect(v.status, v.stderr).toBe(0);
		const built = runBuild(join(repo, 'content'), day(), join(repo, 'build'), NO_PDF);
		expect(built.status, built.stderr).toBe(0);
		const update = read(built.out, `updates/${day()}-${SLUG}/index.html`);
		expect(update).toContain(title);
		expect(read(built.out, `commitments/${moving.id}/index.html`)).toMatch(/Delivered/);
		expect(read(built.out, 'data/metrics/dps-investigator-growth.csv')).toMatch(/2024-01.*1988/);
		expect(problems).toEqual([]);
	}, 180_000);
});
