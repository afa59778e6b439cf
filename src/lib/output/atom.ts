/**
 * Atom feeds (RFC 4287), written with the one XML rule. Titles and summaries are text
 * (type="text"), so a feed reader shows "<script>" in a title as those characters; an update's
 * content is the sanitised HTML its page shows. Entry ids are the update's permanent address, so
 * they never change; every time comes from content dates, never from the clock.
 */
import type { Commitment, Model, Update } from '../model';
import { paths } from '../model/addresses';
import { html, xml } from './escape';
import { summaryOf } from '../model/markdown';

export interface FeedSpec {
	path: string;
	title: string;
	subtitle: string;
	page: string;
	updates: Update[];
}

const time = (date: string): string => `${date}T00:00:00.000Z`;
const el = (name: string, text: string, attrs = ''): string => `<${name}${attrs}>${xml(text)}</${name}>`;
const link = (href: string, rel?: string): string => `<link${rel ? ` rel="${rel}"` : ''} href="${xml(href)}"/>`;


export function atom(model: Model, spec: FeedSpec): string {
	const url = model.at.url;
	const latest = spec.updates[0]?.date ?? model.build_date;
	const entries = spec.updates.map((u) => {
		const correction = u.correction ? `<p><strong>Correction</strong> of ${html(u.correction.of)}: it said “${html(u.correction.was)}”; it now says “${html(u.correction.now)}”.</p>` : '';
		return [
			'  <entry>',
			`    ${el('title', u.correction ? `Correction: ${u.title}` : u.title, ' type="text"')}`,
			`    ${el('id', url(paths.update(u.id)))}`,
			`    ${link(url(paths.update(u.id)))}`,
			`    ${el('published', time(u.date))}`,
			`    ${el('updated', time(u.date))}`,
			`    ${el('summary', summaryOf(u), ' type="text"')}`,
			`    ${el('content', correction + u.html, ' type="html"')}`,
			...u.commitments.map((c) => `    <category term="${xml(c)}" scheme="${xml(url(paths.commitments))}"/>`),
			'  </entry>'
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
		`  ${el('id', url(spec.path))}`,
		`  ${el('title', spec.title, ' type="text"')}`,
		`  ${el('subtitle', spec.subtitle, ' type="text"')}`,
		`  ${el('updated', time(latest))}`,
		`  ${link(url(spec.page), 'alternate')}`,
		`  ${link(url(spec.path), 'self')}`,
		`  <author>${el('name', model.site.title)}${el('uri', url(paths.home))}</author>`,
		`  ${el('rights', model.site.licence, ' type="text"')}`,
		...entries,
		'</feed>',
		''
	].join('\n');
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
