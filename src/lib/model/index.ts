/**
 * The model: the one home of every derived fact. It takes loaded content, the build date and
 * where the site is published, and works out everything pages, embeds, data files, feeds and
 * images show. Pure: no SvelteKit, no file system, no clock.
 */
import type { Loaded } from '../content/types';
import type { Source } from '../content/schema';
import { isPublished } from '../content/embargo';
import { formatDate } from '../content/dates';
import { derive, type Commitment, type Metric, type Records, type Update } from './derive';
import { addressBook, paths, TIMELINE_ID, type AddressBook, type EmbedKind, type SiteAddress } from './addresses';
import { allIds, finder, idsOf, type Found } from './renames';
import { card, filterOptions, type CommitmentCard, type FilterOption } from './cards';
import { changeHistory, type HistoryEntry } from './history';
import { cardSubjects, socialByPage, type CardSubject, type Social } from './social';
import { commitmentEmbed, metricEmbed, milestonesEmbed, timelineEmbed, type Embeddable } from './embeds';
import { figureOfMetric, figuresOfCommitment, type Figure, type Slot } from './figures/registry';
import { allMilestonesFigure, type TimelineFigure } from './figures/timeline';
import type { FigureContext } from './figures/spec';
import { rollup, type Rollup } from './rollup';

export type { Commitment, Correction, Metric, Update, StatusChange } from './derive';
export type { Figure } from './figures/registry';
export type { CommitmentCard, FilterOption, Link } from './cards';
export type { Embeddable } from './embeds';
export type { HistoryEntry } from './history';
export type { CardSubject, Social } from './social';

export interface ModelOptions {
	buildDate: string;
	site: SiteAddress;
}

export interface Model extends Records {
	build_date: string;
	at: AddressBook;
	/** embargoed updates, checked but not published */
	embargoed: number;
	commitment(id: string): Found<Commitment> | undefined;
	metric(id: string): Found<Metric> | undefined;
	update(id: string): Update | undefined;
	source(id: string | undefined): Source | undefined;
	/** every id a record answers to, old ones included: what to prerender */
	ids: { commitments: string[]; metrics: string[]; milestones: string[] };
	figureOf(m: Metric): Figure;
	figuresOf(c: Commitment): Partial<Record<Slot, Figure>>;
	allMilestones(): TimelineFigure;
	/** every downloadable chart image, by name, old names included, with the figure it shows */
	chartImages(): Map<string, Figure>;
	cardOf(c: Commitment): CommitmentCard;
	cards(): CommitmentCard[];
	filters(): FilterOption[];
	rollup(): Rollup;
	updatesOf(c: Commitment): Update[];
	metricsOf(c: Commitment): Metric[];
	/** the sources a commitment page lists: every source its record cites, in the order of sources.yaml */
	citedBy(c: Commitment): Source[];
	historyOf(c: Commitment): HistoryEntry[];
	/** the date of the latest evidence anywhere on the site: an update, a status, an assessment or a figure */
	lastEvidence(): string;
	embeds(): Embeddable[];
	embed(kind: EmbedKind, id: string): Found<Embeddable> | undefined;
	embedOf(kind: Exclude<EmbedKind, 'timeline'>, record: Commitment | Metric): Embeddable;
	/** the timeline of all milestones as an embed, when any commitment has milestones */
	timelineEmbed(): Embeddable | null;
	/** every id an embed kind answers to, old ones included: what to prerender */
	embedIds(kind: EmbedKind): string[];
	/** what a link to the page at `href` (with the base path) shows when shared */
	social(href: string): Social;
	/** every share card picture, by name */
	cardSubjects(): Map<string, CardSubject>;
}

/** Computes a value once per record: pages, data files and images all ask for the same ones. */
function once<K extends object, V>(fn: (k: K) => V): (k: K) => V {
	const cache = new WeakMap<K, V>();
	return (k) => {
		if (!cache.has(k)) cache.set(k, fn(k));
		return cache.get(k) as V;
	};
}

function lazy<V>(fn: () => V): () => V {
	let done = false;
	let v: V;
	return () => {
		if (!done) [v, done] = [fn(), true];
		return v;
	};
}

export function createModel(loaded: Loaded, options: ModelOptions): Model {
	const records = derive(loaded, options.buildDate);
	const at = addressBook(options.site);
	const sources = new Map(records.sources.map((s) => [s.id, s]));
	const updates = new Map(records.updates.map((u) => [u.id, u]));
	const metricsById = new Map(records.metrics.map((m) => [m.id, m]));
	const commitmentsById = new Map(records.commitments.map((c) => [c.id, c]));
	const findCommitment = finder(records.commitments);
	const findMetric = finder(records.metrics);
	const withMilestones = records.commitments.filter((c) => c.milestones.length);
	const ctx: FigureContext = { source: (id) => (id === undefined ? undefined : sources.get(id)), href: at.href, buildDate: options.buildDate };

	const figureOf = once((m: Metric) => figureOfMetric(m, ctx));
	const figuresOf = once((c: Commitment) => figuresOfCommitment(c, ctx));
	const cardOf = once((c: Commitment) => card(c, records.site, (id) => commitmentsById.get(id), at, options.buildDate));
	const cards = lazy(() => records.commitments.map(cardOf));
	const embedsOf = once((r: Commitment | Metric): Partial<Record<EmbedKind, Embeddable>> => {
		if ('type' in r) return { metric: metricEmbed(r, figureOf(r)) };
		const { milestones, progress } = figuresOf(r);
		return { commitment: commitmentEmbed(r, formatDate(r.status_since), ctx.source(r.made_in), progress), ...(milestones ? { milestones: milestonesEmbed(r, milestones) } : {}) };
	});
	const allMilestones = lazy(() => allMilestonesFigure(records.commitments, ctx));
	const timeline = lazy(() => (withMilestones.length ? timelineEmbed(allMilestones()) : null));
	const social = lazy(() => socialByPage({ site: records.site, commitments: records.commitments, metrics: records.metrics, updates: records.updates, at, describe: (m) => figureOf(m).description }));
	const ids = { commitments: allIds(records.commitments), metrics: allIds(records.metrics), milestones: allIds(withMilestones) };
	const embedOf = (kind: Exclude<EmbedKind, 'timeline'>, r: Commitment | Metric): Embeddable => {
		const e = embedsOf(r)[kind];
		if (!e) throw new Error(`${r.id} has no ${kind} embed`);
		return e;
	};

	return {
		...records,
		build_date: options.buildDate,
		at,
		embargoed: loaded.updates.filter((u) => !isPublished(u.data.publish_at, options.buildDate)).length,
		commitment: findCommitment,
		metric: findMetric,
		update: (id) => updates.get(id),
		source: ctx.source,
		ids,
		figureOf,
		figuresOf,
		allMilestones,
		chartImages: lazy(() => {
			const out = new Map<string, Figure>();
			for (const m of records.metrics) for (const id of idsOf(m)) out.set(`metric-${id}`, figureOf(m));
			for (const c of records.commitments) {
				const f = figuresOf(c);
				for (const id of idsOf(c)) {
					if (f.milestones) out.set(`milestones-${id}`, f.milestones);
					if (f.progress?.image) out.set(`progress-${id}`, f.progress);
				}
			}
			return out;
		}),
		cardOf,
		cards,
		filters: lazy(() => filterOptions(cards(), records.site, at)),
		rollup: lazy(() => rollup(records.commitments)),
		updatesOf: (c) => c.updates.map((id) => updates.get(id)).filter((u): u is Update => u !== undefined),
		metricsOf: (c) => c.metrics.map((id) => metricsById.get(id)).filter((m): m is Metric => m !== undefined),
		citedBy: (c) => {
			const cited = new Set([c.made_in, ...c.sources, ...c.milestones.map((m) => m.source), ...c.verification.map((v) => v.source), c.due?.source, c.progress.kind === 'not_published' ? undefined : c.progress.source]);
			return records.sources.filter((s) => cited.has(s.id));
		},
		historyOf: changeHistory,
		lastEvidence: lazy(() =>
			[...records.updates.map((u) => u.date), ...records.commitments.map((c) => c.evidence_date), ...records.metrics.map((m) => figureOf(m).asOf.date)]
				.filter((d) => d && d <= options.buildDate)
				.sort()
				.at(-1) ?? options.buildDate
		),
		embeds: lazy(() => [
			...records.metrics.map((m) => embedOf('metric', m)),
			...records.commitments.map((c) => embedOf('commitment', c)),
			...withMilestones.map((c) => embedOf('milestones', c)),
			...(timeline() ? [timeline() as Embeddable] : [])
		]),
		embed: (kind, id) => {
			if (kind === 'timeline') {
				const e = timeline();
				return e && id === e.id ? { record: e, moved: false } : undefined;
			}
			const found = kind === 'metric' ? findMetric(id) : findCommitment(id);
			const e = found && embedsOf(found.record)[kind];
			return found && e ? { record: e, moved: found.moved } : undefined;
		},
		embedOf,
		social: (href) => social().of(href),
		cardSubjects: lazy(() => cardSubjects(records)),
		timelineEmbed: timeline,
		embedIds: (kind) => (kind === 'metric' ? ids.metrics : kind === 'milestones' ? ids.milestones : kind === 'commitment' ? ids.commitments : timeline() ? [TIMELINE_ID] : [])
	};
}
