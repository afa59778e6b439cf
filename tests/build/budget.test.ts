import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSite } from '../helpers/build';
import { firstLoad } from '../../scripts/lib/weight';

const BUDGET = 40 * 1024;

describe('first-load budget (HTML + CSS + JS it references, gzipped)', () => {
	const out = defaultSite();
	const commitments = readdirSync(join(out, 'commitments'), { withFileTypes: true })
		.filter((d) => d.isDirectory() && !['status', 'theme', 'unit', 'by'].includes(d.name))
		.map((d) => `commitments/${d.name}/index.html`);
	const pages = ['index.html', 'commitments/index.html', 'timeline/index.html', 'updates/index.html', ...commitments];

	it.each(pages)('%s is within 40 KB', (page) => {
		const w = firstLoad(out, page);
		expect(w.total, JSON.stringify(w)).toBeLessThanOrEqual(BUDGET);
		expect(w.css, 'the stylesheet is referenced').toBeGreaterThan(0);
	});

	it('never loads Chart.js on first load: only the enhancement module, which imports it on demand', () => {
		const w = firstLoad(out, 'index.html');
		expect(w.files.filter((f) => f.endsWith('.js'))).toEqual(['/_app/enhance/enhance.js']);
		const enhance = readFileSync(join(out, '_app/enhance/enhance.js'), 'utf8');
		expect(enhance).toMatch(/import\(["'`]\.\/chart-view-[\w-]+\.js["'`]\)/);
		expect(enhance).not.toMatch(/^import .*chart-view/m);
		expect(enhance.length).toBeLessThan(8000);
	});
});
