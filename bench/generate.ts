/**
 * Synthetic content for the benchmark: the shape of the default content, scaled. Every figure is
 * marked synthetic in its source; this content is never published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Scale {
	name: string;
	commitments: number;
	metrics: number;
	points: number;
	updates: number;
}

export const SCALES: Scale[] = [
	{ name: '1×', commitments: 16, metrics: 11, points: 10, updates: 15 },
	{ name: '10×', commitments: 160, metrics: 110, points: 30, updates: 1_000 },
	{ name: '100×', commitments: 1_600, metrics: 200, points: 100, updates: 10_000 },
	// The aim: 1,000 commitments in 60 s, with metrics and updates in the same proportion as 100×.
	{ name: '1k', commitments: 1_000, metrics: 125, points: 100, updates: 6_250 }
];

const STATUSES = ['planned', 'in_progress', 'delivered', 'ongoing', 'delayed', 'not_delivered', 'cannot_yet_assess'];
const pad = (n: number, w = 4): string => String(n).padStart(w, '0');
const day = (i: number): string => {
	const d = new Date(Date.UTC(2019, 0, 1) + i * 86_400_000);
	return d.toISOString().slice(0, 10);
};

export function generate(dir: string, s: Scale): void {
	for (const sub of ['commitments', 'metrics', 'updates']) mkdirSync(join(dir, sub), { recursive: true });
	const sources = 40;
	writeFileSync(
		join(dir, 'site.yaml'),
		`organisation: Synthetic Police Service
title: Synthetic Tracker
description: Synthetic content for measuring the build. Not real.
licence: Synthetic test data.
reporting_routes:
  - id: website
    name: Website
    audience: public
    how: Report online.
    source: s0
themes:
${Array.from({ length: 8 }, (_, i) => `  - id: theme-${i}\n    title: Theme ${i}`).join('\n')}
local_units:
${Array.from({ length: 12 }, (_, i) => `  - id: unit-${i}\n    title: Unit ${i}`).join('\n')}
featured_metrics: [metric-0000, metric-0001]
`
	);
	writeFileSync(
		join(dir, 'sources.yaml'),
		`sources:\n${Array.from({ length: sources }, (_, i) => `  - id: s${i}\n    title: Synthetic source ${i}\n    publisher: Synthetic publisher\n    url: https://example.org/s${i}\n    date: 2022-01\n    kind: ${['primary', 'independent', 'secondary'][i % 3]}`).join('\n')}\n`
	);
	for (let m = 0; m < s.metrics; m++) {
		const kind = m % 3 === 0 ? 'calendar_year' : 'point_in_time';
		const values = Array.from({ length: s.points }, (_, p) => {
			const period = kind === 'calendar_year' ? String(1900 + p) : day(p * 7).slice(0, 10);
			const value = p % 17 === 5 ? 'not published' : String(50 + ((p * 37 + m * 11) % 200));
			return `  - period: ${period === String(1900 + p) ? period : `"${period}"`}\n    value: ${value}${value === 'not published' ? '' : `\n    source: s${(m + p) % sources}`}`;
		});
		writeFileSync(join(dir, 'metrics', `metric-${pad(m)}.yaml`), `type: series\ntitle: Synthetic metric ${m}\ndescription: A synthetic series.\nunit: officers\nperiod_kind: ${kind}\ncomparable: true\nvalues:\n${values.join('\n')}\n`);
	}
	for (let c = 0; c < s.commitments; c++) {
		const parent = c % 4 === 3 ? `parent: commitment-${pad(c - 1)}\n` : '';
		const milestones = Array.from({ length: 4 }, (_, k) => `  - date: ${day(c + k * 90)}\n    title: Synthetic milestone ${k} of commitment ${c}\n    done: ${k < 2}\n    source: s${(c + k) % sources}`).join('\n');
		const progress = c % 2 === 0 ? `progress:\n  kind: stage\n  stages: [Planned, Started, Halfway, Done]\n  stage: ${['Planned', 'Started', 'Halfway', 'Done'][c % 4]}\n  source: s${c % sources}\n` : `progress:\n  kind: percent\n  percent: ${c % 101}\n  as_of: 2023-01-01\n  source: s${c % sources}\n`;
		writeFileSync(
			join(dir, 'commitments', `commitment-${pad(c)}.yaml`),
			`title: Synthetic commitment ${c}\nsummary: A synthetic commitment used to measure the build.\ntheme: theme-${c % 8}\nlead: A role\nmade_on: 2021-10\nmade_in: s${c % sources}\nstatus: ${STATUSES[c % STATUSES.length]}\nstatus_since: 2021-10\n${progress}due:\n  original: ${day(900 + c)}\n${parent}local_unit: unit-${c % 12}\nmilestones:\n${milestones}\nmetrics: [metric-${pad(c % s.metrics)}]\nsources: [s${c % sources}]\n`
		);
	}
	for (let u = 0; u < s.updates; u++) {
		const c = u % s.commitments;
		writeFileSync(
			join(dir, 'updates', `${day(1000 + Math.floor((u * 1800) / s.updates))}-synthetic-update-${pad(u, 5)}.md`),
			`---\ntitle: Synthetic update ${u}\nsummary: A synthetic update.\ncommitments: [commitment-${pad(c)}]\nsources: [s${u % sources}]\n---\nSynthetic text for update ${u}, about commitment ${c}. It has **some** markdown and a [link](https://example.org/).\n`
		);
	}
}
