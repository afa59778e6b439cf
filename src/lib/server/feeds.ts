/**
 * Atom feeds (RFC 4287), written with the `feed` library. Entry ids are the update's permanent
 * address, so they never change; every time comes from content dates, never from the clock.
 */
import { Feed } from 'feed';
import type { Commitment, Content, Update } from '$lib/content/assemble';
import { updatesOf } from './select';

export interface FeedSpec {
	path: string;
	title: string;
	subtitle: string;
	page: string;
	updates: Update[];
}

const at = (date: string): Date => new Date(`${date}T00:00:00Z`);

export function atom(content: Content, site: string, spec: FeedSpec): string {
	const latest = spec.updates[0]?.date ?? content.build_date;
	const feed = new Feed({
		id: `${site}${spec.path}`,
		title: spec.title,
		description: spec.subtitle,
		link: `${site}${spec.page}`,
		language: 'en-GB',
		updated: at(latest),
		generator: false,
		feedLinks: { atom: `${site}${spec.path}` },
		author: { name: content.site.title, link: `${site}/` },
		copyright: content.site.licence
	});
	for (const u of spec.updates) {
		const correction = u.correction ? `<p><strong>Correction</strong> of ${esc(u.correction.of)}: it said “${esc(u.correction.was)}”; it now says “${esc(u.correction.now)}”.</p>` : '';
		feed.addItem({
			id: `${site}/updates/${u.id}/`,
			link: `${site}/updates/${u.id}/`,
			title: u.correction ? `Correction: ${u.title}` : u.title,
			date: at(u.date),
			published: at(u.date),
			description: u.summary ?? u.text.slice(0, 280),
			content: correction + u.html,
			category: u.commitments.map((c) => ({ term: c, scheme: `${site}/commitments/` }))
		});
	}
	return feed.atom1();
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const updatesFeed = (content: Content): FeedSpec => ({
	path: '/feeds/updates.xml',
	title: `${content.site.title}: all updates`,
	subtitle: content.site.description,
	page: '/updates/',
	updates: content.updates
});

export const correctionsFeed = (content: Content): FeedSpec => ({
	path: '/feeds/corrections.xml',
	title: `${content.site.title}: corrections`,
	subtitle: 'Every correction of a published figure or statement.',
	page: '/corrections/',
	updates: content.updates.filter((u) => u.correction)
});

export const commitmentFeed = (content: Content, c: Commitment): FeedSpec => ({
	path: `/feeds/commitments/${c.id}.xml`,
	title: `${content.site.title}: ${c.title}`,
	subtitle: 'Updates on this commitment.',
	page: `/commitments/${c.id}/`,
	updates: updatesOf(content, c)
});

export const xmlResponse = (body: string): Response => new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
