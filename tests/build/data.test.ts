/**
 * Every data file the build writes, parsed and checked against the content it came from; every
 * oEmbed response pointing at a real embed; every internal link resolving.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_BUILD_DATE, defaultSite, listFiles, read } from '../helpers/build';
import { csvHeader, parseCsv } from '../helpers/csv';
import { contentDir } from '../../src/lib/content/index';
import { TABLES } from '../../src/lib/output/tables';
import { folderModel } from '../helpers/model';
import { NOT_PUBLISHED } from '../../src/lib/content/schema';
import { EMBED_KINDS } from '../../src/lib/model/addresses';

const SITE = 'http://127.0.0.1:4173';

describe('data files', () => {
	const out = defaultSite();
	const content = folderModel(contentDir({}), DEFAULT_BUILD_DATE);
	const files = listFiles(out).map((f) => relative(out, f));
	const csvs = files.filter((f) => f.endsWith('.csv'));
	const jsons = files.filter((f) => f.endsWith('.json'));

	it('writes a CSV for every metric and commitment, and every table of the dataset', () => {
		for (const m of content.metrics) expect(csvs).toContain(`data/metrics/${m.id}.csv`);
		for (const c of content.commitments) expect(csvs).toContain(`data/commitments/${c.id}.csv`);
		for (const t of Object.values(TABLES)) expect(csvs).toContain(`data/${t.name}.csv`);
	});

	it('every CSV parses, with the documented columns', () => {
		const documented = Object.values(TABLES).map((t) => t.columns.map((c) => c.name).join(','));
		for (const f of csvs) {
			const text = read(out, f);
			expect(() => parseCsv(text), f).not.toThrow();
			expect(documented, f).toContain(csvHeader(text).join(','));
		}
	});

	it('metric CSVs hold exactly the content values, with "not published" as an empty value', () => {
		for (const m of content.metrics) {
			const rows = parseCsv(read(out, `data/metrics/${m.id}.csv`));
			const values = m.type === 'series' ? m.values : m.parts;
			expect(rows).toHaveLength(values.length);
			values.forEach((v, i) => {
				expect(rows[i].metric).toBe(m.id);
				expect(rows[i].value).toBe(v.value === NOT_PUBLISHED ? '' : String(v.value));
				expect(rows[i].published).toBe(String(v.value !== NOT_PUBLISHED));
				expect(rows[i].source).toBe(v.source ?? '');
			});
		}
	});

	it('commitment CSVs and the commitments table carry each current status', () => {
		const table = parseCsv(read(out, 'data/commitments.csv'));
		expect(table.map((r) => r.id).sort()).toEqual(content.commitments.map((c) => c.id).sort());
		for (const c of content.commitments) {
			const [row] = parseCsv(read(out, `data/commitments/${c.id}.csv`));
			expect(row).toEqual(table.find((r) => r.id === c.id));
			expect(row.status).toBe(c.status);
			expect(row.url).toBe(`${SITE}/commitments/${c.id}/`);
		}
		const changes = parseCsv(read(out, 'data/status-changes.csv'));
		expect(changes.length).toBe(content.commitments.reduce((n, c) => n + c.status_history.length, 0));
	});

	it('every JSON file parses; the API matches the content', () => {
		for (const f of jsons) expect(() => JSON.parse(read(out, f)), f).not.toThrow();
		const dataset = JSON.parse(read(out, 'api/dataset.json'));
		expect(dataset.commitments.map((c: { id: string }) => c.id)).toEqual(content.commitments.map((c) => c.id));
		expect(dataset.metrics).toHaveLength(content.metrics.length);
		expect(dataset.updates).toHaveLength(content.updates.length);
		expect(dataset.sources).toHaveLength(content.sources.length);
		for (const m of content.metrics) {
			const json = JSON.parse(read(out, `api/metrics/${m.id}.json`));
			expect(json.id).toBe(m.id);
			expect(json.file, 'no internal paths').toBeUndefined();
			expect(m.type === 'series' ? json.values : json.parts).toEqual(m.type === 'series' ? m.values : m.parts);
		}
		for (const c of content.commitments) expect(JSON.parse(read(out, `api/commitments/${c.id}.json`)).status).toBe(c.status);
	});

	it('each oEmbed response is rich oEmbed 1.0 pointing at an embed page that exists, at its current version', () => {
		const oembeds = jsons.filter((f) => f.startsWith('oembed/'));
		expect(oembeds.length).toBe(EMBED_KINDS.reduce((n, k) => n + content.embedIds(k).length, 0));
		expect(oembeds).toContain('oembed/timeline/all.json');
		for (const f of oembeds) {
			const o = JSON.parse(read(out, f));
			expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: content.site.title });
			const [, kind, asked] = /^oembed\/(\w+)\/(.+)\.json$/.exec(f) ?? [];
			// An old id (after a rename) answers with the embed of the record that now has it.
			const id = content.embed(kind as 'metric', asked)?.record.id ?? asked;
			const src = /<iframe src="([^"]+)" title="[^"]+"/.exec(o.html)?.[1] ?? '';
			const m = new RegExp(`^${SITE}/embed/${kind}/${id}/\\?v=(\\w+)$`).exec(src);
			expect(m, `${f}: ${src}`).not.toBeNull();
			const page = read(out, `embed/${kind}/${id}/index.html`);
			expect(page).toContain(`data-version="${m?.[1]}"`);
			expect(page).toContain(`href="${SITE}/oembed/${kind}/${id}.json"`);
		}
	});

	it('charts download as SVG with their title and source, and as PNG', () => {
		const svgs = files.filter((f) => f.startsWith('data/charts/') && f.endsWith('.svg'));
		expect(svgs.length).toBeGreaterThanOrEqual(content.metrics.length);
		for (const f of svgs) {
			const svg = read(out, f);
			expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
			expect(svg).toMatch(/<title id="title">[^<]+<\/title>/);
			expect(svg).toMatch(/As of [^.]+\. Sources?:/);
			const png = readFileSync(join(out, f.replace(/\.svg$/, '.png')));
			expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect(png.length).toBeGreaterThan(5000);
		}
	});

	it('the host-page resize script is at most 300 bytes gzipped', () => {
		const size = gzipSync(readFileSync(join(out, 'embed.js')), { level: 9 }).length;
		expect(size).toBeLessThanOrEqual(300);
	});

	it('every internal link and asset on every page resolves to a file', () => {
		const broken: string[] = [];
		for (const f of files.filter((x) => x.endsWith('.html'))) {
			for (const [, url] of read(out, f).matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
				const path = join(out, decodeURI(url));
				if (!(existsSync(path) && (url.endsWith('/') ? existsSync(join(path, 'index.html')) : true))) broken.push(`${f} → ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
