/**
 * What a link to a page shows when it is shared (Open Graph and Twitter cards): its title, a
 * summary and a 1200 × 630 picture. A commitment's page (and its evidence pack) shows the
 * commitment's card; a figure's page shows its chart; an update its own title and summary with the
 * site's card; every other page the site's card.
 */
import type { Commitment, Metric, Update } from './derive';
import { summaryOf } from './markdown';
import { paths, type AddressBook } from './addresses';
import { STATUS_INFO } from './status';
import { idsOf } from './renames';
import { formatDate } from '../content/dates';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** A card picture, by name (its file is paths.card(name)). */
export type CardSubject = { kind: 'site' } | { kind: 'commitment'; commitment: Commitment } | { kind: 'metric'; metric: Metric };

export interface Social {
	title: string;
	description: string;
	/** the card picture's address, relative to the site root */
	image: string;
	/** what the picture shows, in words */
	alt: string;
}

export const SITE_CARD = 'site';
const nameOf = (kind: 'commitment' | 'metric', id: string): string => `${kind}-${id}`;
export const cardName = (s: CardSubject): string => (s.kind === 'site' ? SITE_CARD : s.kind === 'commitment' ? nameOf('commitment', s.commitment.id) : nameOf('metric', s.metric.id));

interface SocialInput {
	site: { title: string; description: string; organisation: string };
	commitments: readonly Commitment[];
	metrics: readonly Metric[];
	updates: readonly Update[];
	at: AddressBook;
	/** a metric's chart described in words (its figure's description) */
	describe(m: Metric): string;
}

/** Every card picture the site publishes, by name; a renamed record's card answers at its old names too. */
export function cardSubjects(input: Pick<SocialInput, 'commitments' | 'metrics'>): Map<string, CardSubject> {
	const out = new Map<string, CardSubject>([[SITE_CARD, { kind: 'site' }]]);
	for (const commitment of input.commitments) for (const id of idsOf(commitment)) out.set(nameOf('commitment', id), { kind: 'commitment', commitment });
	for (const metric of input.metrics) for (const id of idsOf(metric)) out.set(nameOf('metric', id), { kind: 'metric', metric });
	return out;
}

/** The share preview of each page, by its address (with the base path), and the site's for any other page. */
export function socialByPage(input: SocialInput): { of(href: string): Social } {
	const { site, at } = input;
	const siteSocial: Social = { title: site.title, description: site.description, image: paths.card(SITE_CARD), alt: `${site.title}: tracking the ${site.organisation}'s reform commitments` };
	const byHref = new Map<string, Social>();
	for (const c of input.commitments) {
		const s: Social = {
			title: c.title,
			description: c.summary,
			image: paths.card(cardName({ kind: 'commitment', commitment: c })),
			alt: `${c.title}. Status: ${STATUS_INFO[c.status].label}, as of ${formatDate(c.status_since)}.`
		};
		byHref.set(at.href(paths.commitment(c.id)), s);
		byHref.set(at.href(paths.evidencePack(c.id)), { ...s, title: `Evidence pack: ${c.title}` });
	}
	for (const u of input.updates) byHref.set(at.href(paths.update(u.id)), { ...siteSocial, title: u.title, description: summaryOf(u) });
	for (const m of input.metrics) byHref.set(at.href(paths.figure(m.id)), { title: m.title, description: m.description, image: paths.card(cardName({ kind: 'metric', metric: m })), alt: input.describe(m) });
	return { of: (href) => byHref.get(href) ?? siteSocial };
}
