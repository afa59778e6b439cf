/**
 * What each page shows, selected from the model. Routes call one of these and nothing else;
 * components only lay out what they are given. Every address comes from the address book.
 */
import { error } from '@sveltejs/kit';
import type { Model, Update } from '$lib/model';
import { DEFAULT_SORT, paths, SORT_KEYS, type EmbedKind, type FilterKind, type SortKey } from '$lib/model/addresses';
import { SORTS } from '$lib/model/cards';
import { STATIC_PAGES } from '$lib/model/pages';
import { CARD_SIZE } from '$lib/model/social';
import { GROUP_SLUGS } from '$lib/model/rollup';
import { API, FILES, NOTES } from '$lib/output/readme';
import { TABLES } from '$lib/output/tables';
import { metaCsp, policyOf } from '$lib/output/headers';
import { summaryOf } from '$lib/model/markdown';
import { commitmentLinks, shownCommitmentFigures, shownMetric, timelineLinks } from './links';

/** The site chrome, on every page: navigation, footer, feeds and the preview banner. */
export function chrome(model: Model, previewToday: string | undefined, unfinished: string[] = []) {
	const { site, at } = model;
	const link = (p: (typeof STATIC_PAGES)[number]) => ({ href: at.href(p.path), label: p.label });
	return {
		title: site.title,
		organisation: site.organisation,
		licence: site.licence,
		build_date: model.build_date,
		last_evidence: model.lastEvidence(),
		origin: at.site.origin,
		home: at.href(paths.home),
		search: at.href(paths.search),
		nav: STATIC_PAGES.filter((p) => p.nav.includes('main')).map(link),
		footer: STATIC_PAGES.filter((p) => p.nav.includes('footer')).map(link),
		links: {
			commitments: at.href(paths.commitments),
			updates: at.href(paths.updates),
			timeline: at.href(paths.timeline),
			figures: at.href(paths.figures),
			data: at.href(paths.data),
			methodology: at.href(paths.methodology),
			rollup: at.href(`${paths.methodology}#roll-up`),
			corrections: at.href(paths.corrections),
			notFound: at.href(paths.notFound)
		},
		feeds: {
			updates: at.href(paths.feeds.updates),
			corrections: at.href(paths.feeds.corrections),
			dataset: at.href(paths.api.dataset)
		},
		enhance: at.href(paths.enhanceScript),
		embedFrame: at.href(paths.embedFrameScript),
		// Every page of a preview says so, whatever its date, and lists what a build for publication would stop on.
		preview: previewToday ? { today: previewToday, build_date: model.build_date, future: model.build_date > previewToday, unfinished } : null
	};
}

/** What the head of the page at `href` (with the base path) carries besides its title: its security policy and its share preview. */
export function pageHead(model: Model, href: string) {
	const path = href.slice(model.at.site.base.length) || '/';
	return { csp: metaCsp(policyOf(path)), social: socialTags(model, href) };
}

/** The share preview of the page at `href` (with the base path): Open Graph and Twitter card tags. */
function socialTags(model: Model, href: string) {
	const s = model.social(href);
	return { site_name: model.site.title, title: s.title, description: s.description, url: `${model.at.site.origin}${href}`, image: model.at.url(s.image), ...CARD_SIZE, alt: s.alt };
}

/** An update as listed: its summary, or the start of its text when it has none. */
export function updateItem(model: Model, u: Update) {
	return { id: u.id, href: model.at.href(paths.update(u.id)), title: u.title, date: u.date, summary: summaryOf(u) };
}

/** Commitments as a tree, read by status: each top-level commitment, with its sub-commitments under it. */
function statusTree(model: Model) {
	const cards = model.cards().toSorted(SORTS.status.compare);
	const children = (id: string): typeof cards => cards.filter((c) => c.parent?.id === id);
	return cards.filter((c) => !c.parent).map((c) => ({ ...c, children: children(c.id) }));
}

export function homePage(model: Model) {
	const { site, metrics } = model;
	const featured = site.featured_metrics.length ? site.featured_metrics : metrics.slice(0, 2).map((m) => m.id);
	const charts = featured.map((id) => model.metric(id)?.record).filter((m) => m !== undefined);
	return {
		site: { title: site.title, description: site.description, introduction: site.introduction ?? site.description, organisation: site.organisation },
		tree: statusTree(model),
		rollup: model.rollup(),
		groupHrefs: Object.fromEntries(Object.entries(GROUP_SLUGS).map(([g, slug]) => [g, model.at.href(paths.filter('status', slug))])),
		overdue: model.cards().filter((c) => c.overdue_days),
		latest: model.updates.slice(0, 5).map((u) => updateItem(model, u)),
		figures: charts.map((m) => shownMetric(model, m))
	};
}

/**
 * A list of commitments: all, or those a filter keeps, in one of the sort orders. Every filter and
 * every order is its own prerendered page, so both work without JavaScript.
 */
export function commitmentsPage(model: Model, kind: FilterKind | null, slug: string | null, sort: string = DEFAULT_SORT) {
	if (!isSortKey(sort)) error(404, 'No such order');
	const { at } = model;
	const option = kind === null || slug === null ? null : model.filters().find((f) => f.kind === kind && f.slug === slug);
	if (kind !== null && !option) error(404, 'No such filter');
	const active = option ? { kind: option.kind, slug: option.slug } : null;
	// Each filter link leads to the same order; it also carries its address in every order, so
	// filtering in place can keep the order links right.
	const sortsOf = (f: { kind: FilterKind; slug: string } | null) => Object.fromEntries(SORT_KEYS.map((k) => [k, at.href(paths.list(f, k))]));
	return {
		title: option?.label ?? 'All commitments',
		intro: option?.intro ?? 'Every commitment and sub-commitment the site tracks, with its status as of the latest published update.',
		items: (option ? model.cards().filter(option.keeps) : model.cards()).toSorted(SORTS[sort].compare),
		filters: model.filters().map(({ keeps: _keeps, ...f }) => ({ ...f, href: at.href(paths.list(f, sort)), sorts: sortsOf(f) })),
		all: { href: at.href(paths.list(null, sort)), sorts: sortsOf(null) },
		sorts: SORT_KEYS.map((k) => ({ key: k, label: SORTS[k].label, href: at.href(paths.list(active, k)), current: k === sort })),
		active
	};
}

const isSortKey = (s: string): s is SortKey => (SORT_KEYS as string[]).includes(s);

/** The filtered lists to prerender, in every order (the default order has no "by/" part). */
export const filterEntries = (model: Model, kind: FilterKind) => model.filters().filter((f) => f.kind === kind && f.count > 0).map((f) => ({ slug: f.slug }));
export const sortEntries = () => SORT_KEYS.filter((k) => k !== DEFAULT_SORT).map((sort) => ({ sort }));
export const filterSortEntries = (model: Model, kind: FilterKind) => filterEntries(model, kind).flatMap((f) => sortEntries().map((s) => ({ ...f, ...s })));

/** An old id's page: where it moved to, for the moved notice. */
function moved(model: Model, to: string, title: string) {
	return { to: model.at.href(to), title, canonical: model.at.url(to), script: model.at.href(paths.movedScript) };
}

export function commitmentPage(model: Model, id: string) {
	const found = model.commitment(id);
	if (!found) error(404, 'No commitment has this address');
	const c = found.record;
	if (found.moved) return { moved: moved(model, paths.commitment(c.id), c.title), page: null };
	const { at } = model;
	return {
		moved: null,
		page: {
			c,
			card: model.cardOf(c),
			next_update_overdue_days: c.next_update_overdue_days,
			unit: model.site.local_units.find((u) => u.id === c.local_unit) ?? null,
			organisation: model.site.organisation,
			build_date: model.build_date,
			made_in: model.source(c.made_in) ?? null,
			due_source: model.source(c.due?.source) ?? null,
			verification: c.verification.map((v) => ({ ...v, source: model.source(v.source) ?? null })),
			progress_source: c.progress.kind === 'percent' ? (model.source(c.progress.source) ?? null) : null,
			children: c.children.map((x) => model.commitment(x)?.record).filter((x) => x !== undefined).map((x) => model.cardOf(x)),
			figures: shownCommitmentFigures(model, c),
			metrics: model.metricsOf(c).map((m) => shownMetric(model, m)),
			links: commitmentLinks(model, c),
			updates: model.updatesOf(c).map((u) => updateItem(model, u)),
			history: model.historyOf(c).map((e) => ({ ...e, href: at.href(paths.update(e.kind === 'status' ? e.change.update : e.correction.update)) })),
			cited: model.citedBy(c),
			feed: at.href(paths.feeds.commitment(c.id)),
			oembed: at.url(paths.oembed('commitment', c.id)),
			pack: at.href(paths.evidencePack(c.id))
		}
	};
}

/**
 * A commitment's evidence pack: its record (as its page has it), to read or print, and the PDF of it
 * when the build made one (`pdf`, from the build's settings).
 */
export function evidencePackPage(model: Model, id: string, pdf: boolean) {
	const r = commitmentPage(model, id);
	if (r.moved || !r.page) {
		const c = model.commitment(id)?.record;
		return { moved: c ? moved(model, paths.evidencePack(c.id), c.title) : null, page: null };
	}
	const c = r.page.c;
	return {
		moved: null,
		page: {
			...r.page,
			progress: model.figuresOf(c).progress ?? null,
			milestones: model.figuresOf(c).milestones ?? null,
			metricFigures: model.metricsOf(c).map((m) => ({ figure: model.figureOf(m), note: m.note ?? null })),
			address: model.at.url(paths.commitment(c.id)),
			back: model.at.href(paths.commitment(c.id)),
			pdf: pdf ? model.at.href(paths.evidencePdf(c.id)) : null
		}
	};
}

export function figurePage(model: Model, id: string) {
	const found = model.metric(id);
	if (!found) error(404, 'No figure has this address');
	const m = found.record;
	if (found.moved) return { moved: moved(model, paths.figure(m.id), m.title), page: null };
	return {
		moved: null,
		page: {
			metric: { id: m.id, title: m.title, description: m.description, note: m.note ?? null, corrections: m.corrections },
			shown: shownMetric(model, m, true),
			usedBy: model.commitments.filter((c) => c.metrics.includes(m.id)).map((c) => ({ id: c.id, title: c.title, href: model.at.href(paths.commitment(c.id)) })),
			oembed: model.at.url(paths.oembed('metric', m.id))
		}
	};
}

export function figuresPage(model: Model) {
	return {
		figures: model.metrics.map((m) => ({ id: m.id, title: m.title, href: model.at.href(paths.figure(m.id)), ...shownMetric(model, m) }))
	};
}

export function timelinePage(model: Model) {
	return { figure: model.allMilestones(), links: timelineLinks(model) };
}

export function updatesPage(model: Model) {
	return { updates: model.updates.map((u) => updateItem(model, u)) };
}

export function updatePage(model: Model, id: string) {
	const u = model.update(id);
	if (!u) error(404, 'No update has this address');
	// Only the titles this page shows: page data is serialised for every one of thousands of updates.
	const link = (cid: string) => ({ id: cid, title: model.commitment(cid)?.record.title ?? cid, href: model.at.href(paths.commitment(cid)) });
	return {
		u: { id: u.id, title: u.title, date: u.date, summary: u.summary, html: u.html, correction: u.correction },
		status_changes: u.status_changes.map((s) => ({ ...s, commitment: link(s.commitment) })),
		commitments: u.commitments.map(link),
		sources: u.sources.map((s) => model.source(s)).filter((s) => s !== undefined)
	};
}

export function methodologyPage(model: Model) {
	const r = model.rollup();
	return {
		rollup: r,
		// How each commitment counts, so a reader can redo the sum.
		counting: model.cards().map((c) => ({ id: c.id, title: c.title, href: c.href, status: c.status, group: c.group, through: model.commitment(c.id)?.record.children.length ?? 0 })),
		build_date: model.build_date,
		organisation: model.site.organisation,
		limit_months: model.site.evidence_limit_months
	};
}

export function sourcesPage(model: Model) {
	return { sources: model.sources };
}

export function correctionsPage(model: Model) {
	const { at } = model;
	return {
		feed: at.href(paths.feeds.corrections),
		corrections: model.corrections.map((k) => ({
			...k,
			href: at.href(paths.update(k.update)),
			metricLink: k.metric ? { title: model.metric(k.metric)?.record.title ?? k.metric, href: at.href(paths.figure(k.metric)) } : null,
			commitmentLink: k.commitment ? { title: model.commitment(k.commitment)?.record.title ?? k.commitment, href: at.href(paths.commitment(k.commitment)) } : null
		}))
	};
}

export function dataPage(model: Model) {
	// Patterns with {id} are described, not linked.
	const entry = (e: { path: string; what: string }) => ({ ...e, href: e.path.includes('{') ? null : model.at.href(e.path) });
	return { api: API.map(entry), files: FILES.map(entry), notes: NOTES, tables: Object.values(TABLES), licence: model.site.licence, build_date: model.build_date, dataset: model.at.href(paths.api.dataset), readme: model.at.href(paths.dataReadme) };
}

/** The search page: where the index and its script are, and every commitment, A to Z, for readers without JavaScript. */
export function searchPage(model: Model) {
	const { at } = model;
	return {
		action: at.href(paths.search),
		script: at.href(paths.searchScript),
		index: at.href(paths.searchIndex),
		base: at.href(paths.home),
		commitments: model.cards().toSorted((a, b) => a.title.localeCompare(b.title)).map((c) => ({ title: c.title, href: c.href, status: c.status })),
		more: [paths.updates, paths.figures, paths.sources, paths.methodology].map((p, i) => ({ href: at.href(p), label: ['every update', 'every figure', 'every source', 'how the site works'][i] }))
	};
}

export function reportConcernPage(model: Model) {
	const routes = model.site.reporting_routes.map((r) => ({ ...r, source: model.source(r.source) ?? null }));
	return { routes, organisation: model.site.organisation };
}

export function accessibilityPage(model: Model) {
	return { title: model.site.title, contact: model.site.contact ?? null, build_date: model.build_date };
}

export function notFoundPage(model: Model) {
	const { at } = model;
	return { links: [paths.commitments, paths.updates, paths.timeline, paths.home].map((p, i) => ({ href: at.href(p), label: ['all commitments', 'all updates', 'the timeline', 'the dashboard'][i] })) };
}

// ---------------------------------------------------------------- embed pages

export function embedPage(model: Model, kind: EmbedKind, id: string) {
	const found = model.embed(kind, id);
	if (!found) error(404, 'Nothing to embed here');
	const e = found.record;
	const common = { siteTitle: model.site.title, page: model.at.url(e.page), canonical: model.at.url(e.path), oembed: model.at.url(paths.oembed(kind, e.id)) };
	if (found.moved) return { ...common, moved: moved(model, e.path, e.title), embed: null, figure: null, card: null };
	if (kind === 'timeline') {
		return { ...common, moved: null, embed: e, description: 'Every milestone of every commitment, in date order, each with its date and source.', figure: model.allMilestones(), note: null, corrections: [], card: null };
	}
	if (kind === 'metric') {
		const m = model.metric(e.id)?.record;
		if (!m) error(404, 'No such chart');
		const corrections = m.corrections.map((k) => ({ ...k, href: model.at.url(paths.update(k.update)) }));
		return { ...common, moved: null, embed: e, description: m.description, figure: model.figureOf(m), note: m.note ?? null, corrections, card: null };
	}
	const c = model.commitment(e.id)?.record;
	if (!c) error(404, 'No such commitment');
	if (kind === 'milestones') {
		return { ...common, moved: null, embed: e, description: `Milestones of ${c.title}, each with its date and source.`, figure: model.figuresOf(c).milestones ?? null, note: null, corrections: [], card: null };
	}
	return {
		...common,
		moved: null,
		embed: e,
		description: c.summary,
		figure: null,
		note: null,
		corrections: [],
		card: { c, evidence: model.cardOf(c).evidence, progress: model.figuresOf(c).progress ?? null, progress_source: c.progress.kind === 'percent' ? (model.source(c.progress.source) ?? null) : null, made_in: model.source(c.made_in) ?? null }
	};
}

export const embedEntries = (model: Model, kind: EmbedKind) => model.embedIds(kind).map((id) => ({ id }));
