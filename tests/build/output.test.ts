/**
 * Over every file the builds write: no broken values, every figure framed completely, and every
 * downloadable chart saying what its page says.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultSite, fixtureBefore, listFiles, read, textOf } from '../helpers/build';

const BROKEN = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date/;
const TEXT = /\.(html|svg|csv|json|xml|md|txt)$/;

describe.each([
	['the default site', () => defaultSite()],
	['the fixture site', () => fixtureBefore()]
])('%s', (_name, built) => {
	const out = built();
	const files = listFiles(out).filter((f) => TEXT.test(f));

	it('has no "undefined", "NaN", "[object Object]" or "Invalid Date" in any HTML, SVG, CSV, JSON, XML or Markdown file', () => {
		expect(files.length).toBeGreaterThan(50);
		const bad = files.flatMap((f) => {
			const m = BROKEN.exec(readFileSync(f, 'utf8'));
			return m ? [`${relative(out, f)}: …${readFileSync(f, 'utf8').slice(Math.max(0, m.index - 60), m.index + 20)}…`] : [];
		});
		expect(bad).toEqual([]);
	});

	it('runs no sentence into the next: a full stop is followed by a space, whatever element comes next', () => {
		// Svelte drops a space at the start of an {#if} block, which ran "progress.No source" together.
		const RUN_ON = /[a-z)]\.(?:<(?:strong|em|a|span|time|b|code)>)*[A-Z][a-z]+/g;
		const textAndTags = (html: string): string => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<(\w+)\b[^>]*>/g, '<$1>');
		const pages = files.filter((f) => f.endsWith('.html'));
		const found = new Set(pages.flatMap((f) => [...textAndTags(readFileSync(f, 'utf8')).matchAll(RUN_ON)].map((m) => `${relative(out, f)}: ${m[0]}`)));
		expect([...found]).toEqual([]);
	});

	it('frames every chart with title, description, as-of date, sources and a data table', () => {
		let frames = 0;
		for (const f of files.filter((x) => x.endsWith('.html'))) {
			for (const [frame] of readFileSync(f, 'utf8').matchAll(/<figure class="chart-frame"[\s\S]*?<\/figure>/g)) {
				frames++;
				const where = relative(out, f);
				expect(frame, where).toMatch(/class="chart-title" id="[^"]+-title"/);
				expect(frame, where).toMatch(/class="chart-desc" id="[^"]+-desc">[^<]{20,}</);
				expect(frame, where).toMatch(/As of [^<(]*\d{4}( \([^)<]+\))?\./);
				expect(frame, where).toMatch(/Sources?:/);
				// On paper (the evidence pack) the table is open and a timeline may be its table alone; elsewhere the chart, with the table one click away.
				if (where.includes('/evidence/')) expect(frame, where).toMatch(/<div class="table-scroll"[^>]*><table/);
				else {
					expect(frame, where).toMatch(/<details class="tool chart-table" name="[^"]+-tools"><summary>Data table<span class="visually-hidden">: [^<]+<\/span><\/summary>[\s\S]*<table/);
					expect(frame, where).toMatch(/<svg class="chart chart--\w+"/);
				}
			}
		}
		expect(frames).toBeGreaterThan(10);
	});

	it('each chart file gives the as-of date and every source its page gives', () => {
		const svgs = files.filter((f) => /data\/charts\/[^/]+\.svg$/.test(f));
		expect(svgs.length).toBeGreaterThan(3);
		for (const file of svgs) {
			const name = /([^/]+)\.svg$/.exec(file)?.[1] ?? '';
			const [, kind, id] = /^(metric|milestones|progress)-(.+)$/.exec(name) ?? [];
			const page = kind === 'metric' ? `figures/${id}/index.html` : `commitments/${id}/index.html`;
			const html = read(out, page);
			if (/http-equiv="refresh"/.test(html)) continue; // an old name, answered by the renamed record
			const anchor = kind === 'metric' ? `metric-${id}` : kind;
			const frame = new RegExp(`<figure class="chart-frame" id="${anchor}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
			const meta = /<p class="chart-meta">([\s\S]*?)<\/p>/.exec(frame)?.[1] ?? '';
			const asOf = /As of ([^<(]*?)(?: \([^)<]+\))?\./.exec(meta)?.[1];
			const sources = [...meta.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => textOf(m[1]));
			const foot = [...readFileSync(file, 'utf8').matchAll(/<text class="foot"[^>]*>([^<]*)<\/text>/g)].map((m) => textOf(m[1])).join(' ');
			expect(asOf, `${page}#${anchor}`).toBeDefined();
			expect(foot, name).toContain(`As of ${asOf}.`);
			for (const s of sources) expect(foot, `${name}: ${s}`).toContain(s);
		}
	});
});
