/**
 * URLs never die: rename a commitment and a metric (keeping their old ids in previous_ids),
 * build again, and every address of the earlier build must still lead to the right thing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { NO_PDF, builtSite, fixtureBefore, listFiles, textOf, writeContent } from '../helpers/build';
import { goodFiles } from '../helpers/fixtures';
import { serve, type Served } from '../../scripts/lib/browser';

const DATE = '2026-06-30';

function renamedContent(): string {
	const dir = writeContent(mkdtempSync(join(tmpdir(), 'renamed-')), goodFiles());
	const edit = (file: string, from: string | RegExp, to: string): void => {
		const path = join(dir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
	};
	renameSync(join(dir, 'commitments/standards-posts.yaml'), join(dir, 'commitments/local-standards-posts.yaml'));
	edit('commitments/local-standards-posts.yaml', 'sources: [example-statement]', 'previous_ids: [standards-posts]\nsources: [example-statement]');
	edit('updates/2026-07-01-embargoed-news.md', /standards-posts/g, 'local-standards-posts');
	renameSync(join(dir, 'metrics/dismissals-by-year.yaml'), join(dir, 'metrics/officers-dismissed.yaml'));
	edit('metrics/officers-dismissed.yaml', 'values:', 'previous_ids: [dismissals-by-year]\nvalues:');
	edit('commitments/local-standards-posts.yaml', 'metrics: [dismissals-by-year]', 'metrics: [officers-dismissed]');
	return dir;
}

describe('after a rename, every address of the earlier build still works', () => {
	let before: string;
	let after: Served;
	let paths: string[];

	beforeAll(async () => {
		before = fixtureBefore();
		after = await serve(builtSite('fixture-renamed', renamedContent(), DATE, NO_PDF));
		paths = listFiles(before)
			.map((f) => '/' + relative(before, f).split('\\').join('/'))
			.map((p) => p.replace(/index\.html$/, ''))
			// The search index's files are named by their content: only the search page reads them.
			.filter((p) => !p.startsWith('/pagefind/'));
	});
	afterAll(() => after?.stop());

	const title = (html: string): string => textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');

	it('answers every earlier address with 200, and old pages lead on to the same page under its new address', async () => {
		const failures: string[] = [];
		for (const path of paths) {
			const res = await fetch(after.url + path);
			if (res.status !== 200) {
				failures.push(`${path}: ${res.status}`);
				continue;
			}
			if (!path.endsWith('/')) continue;
			const html = await res.text();
			const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
			if (!refresh) continue;
			expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
			const target = await fetch(after.url + refresh);
			const was = readFileSync(join(before, path, 'index.html'), 'utf8');
			if (target.status !== 200) failures.push(`${path} → ${refresh}: ${target.status}`);
			else if (title(await target.text()) !== title(was)) failures.push(`${path} → ${refresh}: a different page`);
		}
		expect(failures).toEqual([]);
		expect(paths.length).toBeGreaterThan(50);
	});

	it('old commitment, figure and embed pages are the moved notices, not stale copies', async () => {
		for (const [old, now] of [
			['/commitments/standards-posts/', '/commitments/local-standards-posts/'],
			['/figures/dismissals-by-year/', '/figures/officers-dismissed/'],
			['/embed/metric/dismissals-by-year/', '/embed/metric/officers-dismissed/'],
			['/embed/commitment/standards-posts/', '/embed/commitment/local-standards-posts/']
		]) {
			const html = await (await fetch(after.url + old)).text();
			expect(html).toContain(`url=${now}`);
			expect(html).toContain(`<a href="${now}">`);
		}
	});

	it('old data addresses serve the renamed record', async () => {
		const json = await (await fetch(`${after.url}/api/metrics/dismissals-by-year.json`)).json();
		expect(json.id).toBe('officers-dismissed');
		const csv = await (await fetch(`${after.url}/data/commitments/standards-posts.csv`)).text();
		expect(csv).toContain('\r\nlocal-standards-posts,');
		const oembed = await (await fetch(`${after.url}/oembed/metric/dismissals-by-year.json`)).json();
		expect(oembed.html).toContain('/embed/metric/officers-dismissed/?v=');
	});
});
