import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSite, read, textOf } from '../helpers/build';
import { contentDir, loadFolder } from '../../src/lib/content/index';
import { DEFAULT_BUILD_DATE } from '../helpers/build';
import { folderModel } from '../helpers/model';
import { startOf } from '../../src/lib/content/dates';

describe('the default content', () => {
	const result = loadFolder(contentDir({}), DEFAULT_BUILD_DATE);

	it('is valid', () => {
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	const model = folderModel(contentDir({}), DEFAULT_BUILD_DATE);
	it('cites a registered source for every number', () => {
		const ids = new Set(model.sources.map((s) => s.id));
		let figures = 0;
		for (const m of model.metrics) {
			const values = m.type === 'series' ? m.values : m.parts;
			for (const v of values) {
				if (typeof v.value !== 'number') continue;
				figures++;
				expect(v.source && ids.has(v.source), `${m.id} ${JSON.stringify(v)}`).toBe(true);
			}
		}
		expect(figures).toBeGreaterThan(10);
	});

	it('builds a page for every commitment', () => {
		const out = defaultSite();
		for (const c of model.commitments) {
			expect(existsSync(join(out, 'commitments', c.id, 'index.html')), c.id).toBe(true);
			expect(textOf(read(out, `commitments/${c.id}/index.html`))).toContain(c.title);
		}
	});
});

describe('the headline and the methodology come from the same code', () => {
	const model = folderModel(contentDir({}), DEFAULT_BUILD_DATE);
	const r = model.rollup();

	it('the home page gives the roll-up’s figures', () => {
		const home = textOf(read(defaultSite(), 'index.html'));
		expect(r.percent).not.toBeNull();
		expect(home).toContain(`${r.percent}% delivered`);
		expect(home).toContain(`${r.delivered} of the ${r.assessable} promises that can be judged are delivered.`);
		expect(home).toContain(`${r.counted} promises are counted, each once`);
	});

	it('the methodology’s worked example is the same sum, and its table counts the same promises', () => {
		const html = read(defaultSite(), 'methodology/index.html');
		const text = textOf(html);
		expect(text).toContain(`${r.tracked} − ${r.countedThrough.length} = ${r.counted} promises are counted`);
		expect(text).toContain(`${r.counted} counted − ${r.counts.ongoing} ongoing − ${r.counts.cannot_yet_assess} that cannot yet be assessed = ${r.assessable}.`);
		expect(text).toContain(`${r.delivered} delivered ÷ ${r.assessable}`);
		const rows = /How each commitment counts in the overall figure[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		expect((rows.match(/Through its \d+ sub-commitment/g) ?? []).length).toBe(r.countedThrough.length);
		expect((rows.match(/<tr>/g) ?? []).length - 1).toBe(r.tracked);
	});
});

describe('no trend where there is none', () => {
	const model = folderModel(contentDir({}), DEFAULT_BUILD_DATE);

	it('the old confidence chart now leads to a measure that is one thing, and no chart of figures that may differ describes a change', () => {
		const moved = model.metric('public-confidence');
		expect(moved?.moved).toBe(true);
		for (const m of model.metrics) {
			if (m.type !== 'series') continue;
			const f = model.figureOf(m);
			if (f.kind !== 'series') continue;
			if (!m.comparable) {
				expect(f.description, m.id).not.toMatch(/unchanged|went from/);
				expect(f.state.path, m.id).toBe('');
				expect(f.interactive?.joined, m.id).toBe(false);
			}
		}
	});

	it('a download says whether a series may be compared', () => {
		const csv = read(defaultSite(), 'data/metrics/dps-investigator-growth.csv');
		expect(csv.split('\r\n')[0]).toContain(',comparable,');
		expect(csv.split('\r\n')[1]).toContain(',false,');
	});
});

describe('lists in each order, without JavaScript', () => {
	const model = folderModel(contentDir({}), DEFAULT_BUILD_DATE);
	const titles = (html: string): string[] => [...html.matchAll(/<h2 class="commitment-title"><a [^>]*>([^<]+)<\/a>/g)].map((m) => textOf(m[1]));

	it('each order is its own page, listing every commitment in that order', () => {
		const out = defaultSite();
		expect(titles(read(out, 'commitments/by/made/index.html'))).toHaveLength(model.commitments.length);
		const made = titles(read(out, 'commitments/by/made/index.html')).map((t) => startOf(model.cards().find((c) => c.title === t)?.made_on ?? ''));
		expect(made).toEqual([...made].sort());
		const evidence = titles(read(out, 'commitments/by/evidence/index.html')).map((t) => model.cards().find((c) => c.title === t)?.evidence.date ?? '');
		expect(evidence).toEqual([...evidence].sort());
		expect(titles(read(out, 'commitments/status/delivered/by/evidence/index.html')).length).toBe(model.cards().filter((c) => c.group === 'delivered').length);
	});

	it('read by status, what needs attention comes first and delivered last', () => {
		const groups = titles(read(defaultSite(), 'commitments/index.html')).map((t) => model.cards().find((c) => c.title === t)?.group);
		expect(groups.at(-1)).toBe('delivered');
		expect(groups.indexOf('delivered')).toBeGreaterThan(groups.lastIndexOf('in_progress'));
	});
});
