/**
 * The downloads and embed code offered beside each figure and commitment: addresses from the
 * address book, embed codes from the one embed-code writer.
 */
import type { Commitment, Embeddable, Metric, Model } from '$lib/model';
import type { Figure } from '$lib/model/figures/registry';
import type { EmbedOffer, FigureLinks, ShareOffer, Shown } from '$lib/model/figures/spec';
import { paths, type EmbedKind } from '$lib/model/addresses';
import { embedCode } from '$lib/output/embed';
import { emailLink, shareLinks } from '$lib/output/share';
import { isLocal } from './model';

const images = (model: Model, f: Figure): FigureLinks['downloads'] =>
	f.image
		? [
				{ label: 'SVG image', href: model.at.href(paths.chartImage(f.name, 'svg')), format: 'SVG' },
				{ label: 'PNG image', href: model.at.href(paths.chartImage(f.name, 'png')), format: 'PNG' }
			]
		: [];

const offer = (model: Model, e: Embeddable): EmbedOffer => ({ code: embedCode(e, model.at), preview: model.at.href(e.path), local: isLocal() });
const embedOf = (model: Model, kind: Exclude<EmbedKind, 'timeline'>, r: Commitment | Metric): EmbedOffer => offer(model, model.embedOf(kind, r));

/**
 * A page (or the page a figure lives on) to share: its whole address, and links to share it by:
 * all of them for the page itself, email only for a chart among others (its own page has the rest).
 */
export function shareOf(model: Model, path: string, title: string, all = true): ShareOffer {
	const url = model.at.url(path);
	return { url, title, links: all ? shareLinks(url, title) : [emailLink(url, title)] };
}

/** A metric's chart with its links; `ownPage` when it is shown on its own page (which shares it fully). */
export function shownMetric(model: Model, m: Metric, ownPage = false): Shown<Figure> {
	const figure = model.figureOf(m);
	const data = [
		{ label: 'CSV', href: model.at.href(paths.metricCsv(m.id)), format: 'spreadsheet' },
		{ label: 'JSON', href: model.at.href(paths.metricJson(m.id)), format: 'data' }
	];
	return {
		figure,
		links: { downloads: [...data, ...images(model, figure)], embed: embedOf(model, 'metric', m), share: shareOf(model, figure.page, figure.title, ownPage) },
		note: m.note ?? null,
		corrections: m.corrections.map((k) => ({ ...k, href: model.at.href(paths.update(k.update)) }))
	};
}

/** A commitment's own figures, by page slot, with their links. */
export function shownCommitmentFigures(model: Model, c: Commitment): { progress: Shown<Figure> | null; milestones: Shown<Figure> | null } {
	const f = model.figuresOf(c);
	return {
		progress: f.progress ? { figure: f.progress, links: { downloads: images(model, f.progress), share: shareOf(model, f.progress.page, f.progress.title, false) } } : null,
		milestones: f.milestones
			? {
					figure: f.milestones,
					links: {
						downloads: [
							{ label: 'CSV', href: model.at.href(paths.milestonesCsv(c.id)), format: 'spreadsheet' },
							{ label: 'JSON', href: model.at.href(paths.commitmentJson(c.id)), format: 'data' },
							...images(model, f.milestones)
						],
						embed: embedOf(model, 'milestones', c),
						share: shareOf(model, f.milestones.page, f.milestones.title, false)
					}
				}
			: null
	};
}

export function commitmentLinks(model: Model, c: Commitment): FigureLinks {
	return {
		downloads: [
			{ label: 'CSV', href: model.at.href(paths.commitmentCsv(c.id)), format: 'spreadsheet' },
			{ label: 'JSON', href: model.at.href(paths.commitmentJson(c.id)), format: 'data' }
		],
		embed: embedOf(model, 'commitment', c),
		share: shareOf(model, paths.commitment(c.id), c.title)
	};
}

/** The timeline of all milestones: the milestones table, its embed and share links. */
export function timelineLinks(model: Model): FigureLinks {
	const e = model.timelineEmbed();
	return {
		downloads: [{ label: 'CSV', href: model.at.href(paths.table('milestones')), format: 'spreadsheet' }],
		...(e ? { embed: offer(model, e) } : {}),
		share: shareOf(model, paths.timeline, model.allMilestones().title)
	};
}
