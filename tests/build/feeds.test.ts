/**
 * Atom feeds parse as XML in the Atom namespace, carry the required elements (RFC 4287 §4.1),
 * keep stable ids, and list the right entries; the change history shows a status change made by
 * an update; corrections are flagged where the figure is shown.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fixtureBefore, fixtureOn, listFiles, read, textOf } from '../helpers/build';
import { relative } from 'node:path';

interface Entry {
	id: string;
	title: { '#text': string };
	updated: string;
	link: { '@_href': string } | { '@_href': string }[];
}

function parseFeed(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
	const feed = doc.feed;
	expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
	for (const required of ['id', 'title', 'updated', 'author']) expect(feed[required], required).toBeDefined();
	expect(feed.link.some((l: Record<string, string>) => l['@_rel'] === 'self')).toBe(true);
	const entries: Entry[] = feed.entry ?? [];
	for (const e of entries) {
		for (const required of ['id', 'title', 'updated']) expect(e[required as keyof Entry], required).toBeDefined();
		expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
	}
	return { feed, entries, ids: entries.map((e) => e.id) };
}

describe('Atom feeds', () => {
	const on = fixtureOn();
	const before = fixtureBefore();

	it('every feed written is well-formed Atom', () => {
		const feeds = listFiles(on).filter((f) => relative(on, f).startsWith('feeds/'));
		expect(feeds.length).toBeGreaterThanOrEqual(5);
		for (const f of feeds) parseFeed(read(on, relative(on, f)));
	});

	it('the all-updates feed lists every published update, newest first, with ids that do not change between builds', () => {
		const a = parseFeed(read(before, 'feeds/updates.xml'));
		const b = parseFeed(read(on, 'feeds/updates.xml'));
		expect(a.ids).toHaveLength(3);
		expect(b.ids).toHaveLength(4);
		expect(b.ids.slice(1)).toEqual(a.ids);
		expect(b.ids[0]).toBe('http://127.0.0.1:4173/updates/2026-07-01-embargoed-news/');
		expect(new Set(b.ids).size).toBe(b.ids.length);
		expect(b.feed.updated).toBe('2026-07-01T00:00:00.000Z');
	});

	it('the corrections feed lists corrections only', () => {
		const { entries } = parseFeed(read(on, 'feeds/corrections.xml'));
		expect(entries.map((e) => e.title['#text'])).toEqual(['Correction: Staff figure corrected']);
	});

	it('a commitment feed lists the updates about that commitment', () => {
		expect(parseFeed(read(on, 'feeds/commitments/standards-posts.xml')).ids).toEqual(['http://127.0.0.1:4173/updates/2026-07-01-embargoed-news/']);
		expect(parseFeed(read(before, 'feeds/commitments/standards-posts.xml')).ids).toEqual([]);
	});

	it('pages link to their feeds', () => {
		expect(read(on, 'index.html')).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/updates.xml"/);
		expect(read(on, 'commitments/standards-posts/index.html')).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/commitments\/standards-posts.xml"/);
	});
});

describe('change history and corrections', () => {
	const on = fixtureOn();

	it('shows a status change made through an update, with the update linked', () => {
		const html = read(on, 'commitments/standards-posts/index.html');
		const history = textOf(/<h2>Change history<\/h2>([\s\S]*?)<h2>/.exec(html)?.[1] ?? '');
		expect(history).toContain('1 July 2026: status changed from Planned to Delayed. EMBARGO-MARKER-STATUS Read the update');
		expect(html).toContain('href="/updates/2026-07-01-embargoed-news/"');
	});

	it('flags a corrected figure where it is shown, in the change history and on the corrections page', () => {
		const figure = textOf(read(on, 'figures/staff-added/index.html'));
		expect(figure).toContain('Corrected on 10 April 2023: the number of people added in April 2023 (2023-04) said “140 people”; it now says “150 people”.');
		expect(figure).toMatch(/April 2023 150 people \(corrected\)/);
		expect(textOf(read(on, 'commitments/independent-review/index.html'))).toContain('10 April 2023: correction of the number of people added in April 2023 (2023-04). It said “140 people”; it now says “150 people”.');
		expect(textOf(read(on, 'corrections/index.html'))).toContain('Staff figure corrected');
	});
});
