/**
 * The address book: every page, embed, data file, feed and oEmbed address the site publishes,
 * written once. Paths are relative to the site's root; `href` adds the base path the site is
 * hosted under, `url` the whole address. Nothing else in the code writes an address by hand.
 */
/** What can be embedded: a metric's chart, a commitment's status card or its milestones, and the timeline of all milestones. */
export const EMBED_KINDS = ['metric', 'commitment', 'milestones', 'timeline'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];
/** The one timeline embed's id: the timeline of every commitment's milestones. */
export const TIMELINE_ID = 'all';
export type FilterKind = 'status' | 'theme' | 'unit';
export type SortKey = 'status' | 'made' | 'evidence';
/** Lists read by status unless asked otherwise. */
export const DEFAULT_SORT: SortKey = 'status';
export type ImageExt = 'svg' | 'png';

/** A list of commitments: all of them or those a filter keeps, in one order. */
function list(filter: { kind: FilterKind; slug: string } | null, sort: SortKey = DEFAULT_SORT): string {
	return `/commitments/${filter ? `${filter.kind}/${filter.slug}/` : ''}${sort === DEFAULT_SORT ? '' : `by/${sort}/`}`;
}

export const SORT_KEYS: SortKey[] = ['status', 'made', 'evidence'];

export const paths = {
	home: '/',
	commitments: '/commitments/',
	commitment: (id: string) => `/commitments/${id}/`,
	list,
	filter: (kind: FilterKind, slug: string) => list({ kind, slug }),
	figures: '/figures/',
	figure: (id: string) => `/figures/${id}/`,
	updates: '/updates/',
	update: (id: string) => `/updates/${id}/`,
	timeline: '/timeline/',
	corrections: '/corrections/',
	sources: '/sources/',
	source: (id: string) => `/sources/#source-${id}`,
	data: '/data/',
	methodology: '/methodology/',
	reportConcern: '/report-a-concern/',
	accessibility: '/accessibility/',
	notFound: '/not-found/',
	embed: (kind: EmbedKind, id: string) => `/embed/${kind}/${id}/`,
	oembed: (kind: EmbedKind, id: string) => `/oembed/${kind}/${id}.json`,
	chartImage: (name: string, ext: ImageExt) => `/data/charts/${name}.${ext}`,
	/** the picture a shared link shows (1200 × 630) */
	card: (name: string) => `/cards/${name}.png`,
	/** a commitment's evidence on paper: everything a meeting needs, laid out to print */
	evidencePack: (id: string) => `/commitments/${id}/evidence/`,
	evidencePdf: (id: string) => `/commitments/${id}/evidence.pdf`,
	search: '/search/',
	/** the press office's content manager (Decap CMS): not a public page */
	admin: '/admin/',
	table: (name: string) => `/data/${name}.csv`,
	dataReadme: '/data/README.md',
	metricCsv: (id: string) => `/data/metrics/${id}.csv`,
	metricJson: (id: string) => `/api/metrics/${id}.json`,
	commitmentCsv: (id: string) => `/data/commitments/${id}.csv`,
	commitmentJson: (id: string) => `/api/commitments/${id}.json`,
	milestonesCsv: (id: string) => `/data/milestones/${id}.csv`,
	api: {
		dataset: '/api/dataset.json',
		commitments: '/api/commitments.json',
		metrics: '/api/metrics.json',
		updates: '/api/updates.json',
		sources: '/api/sources.json'
	},
	feeds: {
		updates: '/feeds/updates.xml',
		corrections: '/feeds/corrections.xml',
		commitment: (id: string) => `/feeds/commitments/${id}.xml`
	},
	sitemap: '/sitemap.xml',
	robots: '/robots.txt',
	embeds: '/embed/',
	embedScript: '/embed.js',
	/** loaded by every embed page: it reports the embed's height to the host page */
	embedFrameScript: '/embed-frame.js',
	/** loaded by a moved notice: it goes on to the new address */
	movedScript: '/moved.js',
	enhanceScript: '/_app/enhance/enhance.js',
	/** the search page's script, and the search index's own (written by Pagefind) */
	searchScript: '/_app/enhance/search.js',
	searchIndex: '/pagefind/pagefind.js',
	schema: (file: string) => `/schema/${file}`
} as const;

/** Where `npm start` and `npm run serve` serve the site by default. */
export const LOCAL_URL = 'http://127.0.0.1:4173';

/**
 * A local copy's address: where `npm start` will serve it (PORT and HOST, as scripts/serve.ts reads
 * them), so that its embed codes and share links point at the server that is actually running.
 */
export function localUrl(env: { PORT?: string; HOST?: string }): string {
	const port = env.PORT?.trim();
	const host = env.HOST?.trim();
	if (!port || port === '0') return LOCAL_URL;
	const name = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
	return `http://${name}:${port}`;
}

/** Where the site is published: `origin` (https://example.org) and `base`, the path it lives under ('' or '/tracker'). */
export interface SiteAddress {
	origin: string;
	base: string;
}

export interface AddressBook {
	site: SiteAddress;
	/** a link within the site, with the base path: /tracker/commitments/ */
	href(path: string): string;
	/** the whole address, for anything read elsewhere (embed codes, feeds, oEmbed, sitemap): https://example.org/tracker/commitments/ */
	url(path: string): string;
}

export function addressBook(site: SiteAddress): AddressBook {
	return { site, href: (path) => `${site.base}${path}`, url: (path) => `${site.origin}${site.base}${path}` };
}

/** Splits a published address (SITE_URL, base_url) into origin and base path, without a trailing slash. */
export function siteAddress(url: string): SiteAddress {
	const u = new URL(url);
	return { origin: u.origin, base: u.pathname.replace(/\/+$/, '') };
}
