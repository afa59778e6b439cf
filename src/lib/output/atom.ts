/**
 * Atom feeds (RFC 4287), written with the `feed` library. Entry ids are the update's permanent
 * address, so they never change; every time comes from content dates, never from the clock.
 */
import { Feed } from 'feed';
import type { Commitment, Model, Update } from '../model';
import { paths } from '../model/addresses';
import { html } from './escape';

export interface FeedSpec {
	path: string;
	title: string;
	subtitle: string;
	page: string;
	updates: Update[];
}

const at = (date: string): Date => new Date(`${date}T00:00:00Z`);

export function atom(model: Model, spec: FeedSpec): string {
	const url = model.at.url;
	const latest = spec.updates[0]?.date ?? model.build_date;
	const feed = new Feed({
		id: url(spec.path),
		title: spec.title,
		description: spec.subtitle,
		link: url(spec.page),
		language: 'en-GB',
		updated: at(latest),
		generator: false,
		feedLinks: { atom: url(spec.path) },
		author: { name: model.site.title, link: url(paths.home) },
		copyright: model.site.licence
	});
	for (const u of spec.updates) {
		const correction = u.correction ? `<p><strong>Correction</strong> of ${html(u.correction.of)}: it said “${html(u.correction.was)}”; it now says “${html(u.correction.now)}”.</p>` : '';
		feed.addItem({
			id: url(paths.update(u.id)),
			link: url(paths.update(u.id)),
			title: u.correction ? `Correction: ${u.title}` : u.title,
			date: at(u.date),
			published: at(u.date),
			description: u.summary ?? u.text.slice(0, 280),
			content: correction + u.html,
			category: u.commitments.map((c) => ({ term: c, scheme: url(paths.commitments) }))
		});
	}
	return feed.atom1();
}


export const updatesFeed = (model: Model): FeedSpec => ({
	path: paths.feeds.updates,
	title: `${model.site.title}: all updates`,
	subtitle: model.site.description,
	page: paths.updates,
	updates: model.updates
});

export const correctionsFeed = (model: Model): FeedSpec => ({
	path: paths.feeds.corrections,
	title: `${model.site.title}: corrections`,
	subtitle: 'Every correction of a published figure or statement.',
	page: paths.corrections,
	updates: model.updates.filter((u) => u.correction)
});

export const commitmentFeed = (model: Model, c: Commitment): FeedSpec => ({
	path: paths.feeds.commitment(c.id),
	title: `${model.site.title}: ${c.title}`,
	subtitle: 'Updates on this commitment.',
	page: paths.commitment(c.id),
	updates: model.updatesOf(c)
});
