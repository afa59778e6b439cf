import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSite, read, textOf } from '../helpers/build';
import { contentDir, loadFolder } from '../../src/lib/content/index';
import { DEFAULT_BUILD_DATE } from '../helpers/build';
import { folderModel } from '../helpers/model';

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
