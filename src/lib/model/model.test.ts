/**
 * The model over the fixture content, with no build: each derived fact, worked out once, and the
 * defects the one-home rule fixed (a chart file's as-of and sources disagreeing with its page).
 */
import { describe, expect, it } from 'vitest';
import { goodFiles } from '../../../tests/helpers/fixtures';
import { filesModel } from '../../../tests/helpers/model';
import { localUrl, paths } from './addresses';

const before = filesModel(goodFiles(), '2026-06-30');
const on = filesModel(goodFiles(), '2026-07-01');
const get = <T>(x: { record: T } | undefined): T => {
	if (!x) throw new Error('not found');
	return x.record;
};

describe('embargo', () => {
	const markers = ['EMBARGO-MARKER-TITLE', 'EMBARGO-MARKER-STATUS', 'EMBARGO-MARKER-BODY', 'EMBARGO-MARKER-VALUE', 'EMBARGO-MARKER-COMMITMENT'];
	const published = (m: typeof before) => JSON.stringify({ c: m.commitments, m: m.metrics, u: m.updates, k: m.corrections, f: m.commitments.map((c) => m.figuresOf(c)), g: m.metrics.map((x) => m.figureOf(x)), e: m.embeds() });
	it('leaves out every embargoed update, status change, value and commitment the day before publish_at', () => {
		for (const marker of markers) expect(published(before)).not.toContain(marker);
		expect(get(before.commitment('standards-posts')).status).toBe('planned');
		expect(before.commitment('embargoed-commitment')).toBeUndefined();
		expect(before.embargoed).toBe(1);
	});
	it('includes them all on publish_at, with the status change', () => {
		for (const marker of markers) expect(published(on)).toContain(marker);
		const sp = get(on.commitment('standards-posts'));
		expect(sp.status).toBe('delayed');
		expect(sp.status_since).toBe('2026-07-01');
		expect(on.embargoed).toBe(0);
	});
});

describe('records', () => {
	it.each([
		['independent-review', 'delivered', '2023-03-21', '2023-04-10', ['standards-posts'], null],
		['standards-posts', 'planned', '2022-02', '2022-02-01', [], 1246]
	] as const)('%s: status %s since %s, last updated %s, children %j, overdue %s days', (id, status, since, updated, children, overdue) => {
		const c = get(before.commitment(id));
		expect([c.status, c.status_since, c.last_updated, c.children, c.overdue_days]).toEqual([status, since, updated, children, overdue]);
	});

	it('lists a commitment page’s sources in the order of sources.yaml, each once', () => {
		expect(before.citedBy(get(before.commitment('independent-review'))).map((s) => s.id)).toEqual(['example-statement', 'example-report']);
	});

	it('merges status changes and corrections into one history, oldest first', () => {
		const h = before.historyOf(get(before.commitment('independent-review')));
		expect(h.map((e) => [e.kind, e.date])).toEqual([
			['status', '2023-03-21'],
			['correction', '2023-04-10']
		]);
	});

	it('resolves a current id, and nothing else', () => {
		expect(before.commitment('independent-review')?.moved).toBe(false);
		expect(before.commitment('no-such-id')).toBeUndefined();
		expect(before.ids.milestones).toEqual(['independent-review']);
	});

	it('cards carry the address of the commitment and its parent', () => {
		const card = before.cardOf(get(before.commitment('standards-posts')));
		expect(card.href).toBe('/commitments/standards-posts/');
		expect(card.parent).toEqual({ id: 'independent-review', title: 'Commission an independent review', href: '/commitments/independent-review/' });
	});

	it('filters count what they keep, and empty ones count 0', () => {
		expect(before.filters().map((f) => `${f.kind}/${f.slug}:${f.count}`)).toEqual([
			'status/delivered:1',
			'status/in-progress:1',
			'status/ongoing:0',
			'status/delayed:0',
			'status/cannot-yet-assess:0',
			'theme/standards:1',
			'theme/scrutiny:1',
			'unit/north:1'
		]);
	});
});

describe('roll-up over the fixture', () => {
	it('counts a parent through its sub-commitment, and leaves out the embargoed commitment until its day', () => {
		expect(before.rollup()).toMatchObject({ tracked: 2, counted: 1, countedThrough: ['independent-review'], delivered: 0, assessable: 1, percent: 0 });
		expect(on.rollup()).toMatchObject({ tracked: 3, counted: 2, delivered: 0, assessable: 2, percent: 0, counts: { in_progress: 1, delayed: 1 } });
	});
});

describe('age of evidence', () => {
	it('dates each status by its latest evidence, and marks an old one out of date unless it is final', () => {
		const review = get(before.commitment('independent-review'));
		expect([review.evidence_date, review.evidence_stale]).toEqual(['2023-04-10', false]);
		const posts = get(before.commitment('standards-posts'));
		expect([posts.evidence_date, posts.evidence_stale]).toEqual(['2022-02-01', true]);
		expect(before.cardOf(posts).evidence).toMatchObject({ text: '1 February 2022', age: '4 years and 4 months old', stale: true, limit_months: 12 });
		// The update of 1 July 2026 is new evidence.
		expect(get(on.commitment('standards-posts')).evidence_stale).toBe(false);
	});

	it('a figure says how long ago its period ended', () => {
		expect(before.figureOf(get(before.metric('staff-added'))).asOf.age).toBe('3 years and 2 months ago');
	});

	it('the site is as up to date as its latest evidence, not its build date', () => {
		expect(before.lastEvidence()).toBe('2023-04-30');
		expect(on.lastEvidence()).toBe('2026-07-01');
	});
});

describe('figures', () => {
	it.each([
		['staff-added', 'series', 'April 2023', '2023-04-30', ['example-statement', 'example-press']],
		['dismissals-by-year', 'series', '2022', '2022-12-31', ['example-report']],
		['dismissals-financial-year', 'series', '2016 to 2017', '2017-03-31', ['example-report', 'example-press']],
		['case-outcomes', 'breakdown', 'February 2022', '2022-02-28', ['example-statement']]
	] as const)('%s is a %s figure as of %s (%s), citing %j', (id, kind, text, date, sources) => {
		const f = before.figureOf(get(before.metric(id)));
		expect(f.kind).toBe(kind);
		expect(f.asOf).toMatchObject({ text, date });
		expect(f.sources.map((s) => s.id)).toEqual(sources);
	});

	it('a commitment’s figures go in their slots', () => {
		const f = before.figuresOf(get(before.commitment('independent-review')));
		expect([f.progress?.kind, f.milestones?.kind]).toEqual(['stages', 'timeline']);
		expect(before.figuresOf(get(before.commitment('standards-posts')))).toEqual({});
	});

	it('the interactive view of a series at dates uses the same time positions as the SVG', () => {
		const f = before.figureOf(get(before.metric('staff-added')));
		if (f.kind !== 'series' || !f.interactive) throw new Error('expected a series');
		expect(f.interactive.x).toBe('time');
		expect(f.interactive.points.map((p) => p.x)).toEqual(['2021-11-01', '2022-09-01', '2023-04-01'].map((d) => Date.parse(`${d}T00:00:00Z`)));
		// Equal gaps in time are equal gaps on the SVG: x is linear in t.
		const [a, b, c] = f.state.points;
		expect((c.x - b.x) / (c.t - b.t)).toBeCloseTo((b.x - a.x) / (b.t - a.t), 6);
		expect(before.figureOf(get(before.metric('dismissals-by-year'))).interactive?.x).toBe('category');
	});

	it('every chart image is named once, and names the figure it shows', () => {
		const images = before.chartImages();
		expect([...images.keys()].sort()).toEqual(['metric-case-outcomes', 'metric-dismissals-by-year', 'metric-dismissals-financial-year', 'metric-staff-added', 'milestones-independent-review', 'progress-independent-review']);
		for (const [name, f] of images) expect(f.name).toBe(name);
	});
});

describe('embeds', () => {
	it('each has an address, a page, an as-of date from its figure and a default height', () => {
		const m = get(before.metric('staff-added'));
		expect(before.embedOf('metric', m)).toMatchObject({ path: '/embed/metric/staff-added/', page: '/figures/staff-added/', as_of: before.figureOf(m).asOf.text });
		expect(before.embeds().map((e) => `${e.kind}/${e.id}`)).toEqual([
			'metric/dismissals-by-year',
			'metric/dismissals-financial-year',
			'metric/case-outcomes',
			'metric/staff-added',
			'commitment/independent-review',
			'commitment/standards-posts',
			'milestones/independent-review',
			'timeline/all'
		]);
		for (const e of before.embeds()) expect(e.height).toBeGreaterThan(300);
		expect(before.embed('timeline', 'all')).toMatchObject({ record: { path: '/embed/timeline/all/', page: '/timeline/', title: before.allMilestones().title }, moved: false });
		expect(before.embed('timeline', 'other')).toBeUndefined();
		expect(before.embedIds('timeline')).toEqual(['all']);
	});

	it('a version changes when, and only when, what the embed shows changes', () => {
		const v = (m: typeof before, kind: 'metric' | 'commitment', id: string) => m.embed(kind, id)?.record.version;
		expect(v(on, 'metric', 'dismissals-by-year')).not.toBe(v(before, 'metric', 'dismissals-by-year'));
		expect(v(on, 'commitment', 'standards-posts')).not.toBe(v(before, 'commitment', 'standards-posts'));
		expect(v(on, 'metric', 'staff-added')).toBe(v(before, 'metric', 'staff-added'));
		expect(v(on, 'commitment', 'independent-review')).toBe(v(before, 'commitment', 'independent-review'));
	});
});

describe('addresses', () => {
	const hosted = filesModel(goodFiles(), '2026-06-30', 'https://example.org/tracker/');
	it('are written with the base path the site is hosted under', () => {
		expect(hosted.at.href(paths.commitment('x'))).toBe('/tracker/commitments/x/');
		expect(hosted.at.url(paths.commitment('x'))).toBe('https://example.org/tracker/commitments/x/');
		expect(hosted.cardOf(get(hosted.commitment('standards-posts'))).href).toBe('/tracker/commitments/standards-posts/');
		expect(hosted.embedOf('metric', get(hosted.metric('staff-added'))).path).toBe('/embed/metric/staff-added/');
	});
	// npm start builds a local copy for the address it will be served at, so its embed codes work there.
	it.each([
		[{}, 'http://127.0.0.1:4173'],
		[{ PORT: '4301' }, 'http://127.0.0.1:4301'],
		[{ PORT: '0' }, 'http://127.0.0.1:4173'],
		[{ PORT: '8080', HOST: '0.0.0.0' }, 'http://127.0.0.1:8080'],
		[{ PORT: '8080', HOST: 'tracker.local' }, 'http://tracker.local:8080'],
		[{ PORT: '8080', HOST: '::1' }, 'http://[::1]:8080']
	])('a local copy served with %o is built for %s', (env, url) => {
		expect(localUrl(env)).toBe(url);
	});
});
