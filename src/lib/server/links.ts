/**
 * The downloads and embed code offered beside each figure and commitment: addresses from the
 * address book, embed codes from the one embed-code writer.
 */
import type { Commitment, Metric, Model } from '$lib/model';
import type { Figure } from '$lib/model/figures/registry';
import type { FigureLinks, Shown } from '$lib/model/figures/spec';
import { paths, type EmbedKind } from '$lib/model/addresses';
import { embedCode } from '$lib/output/embed';
import { isLocal } from './model';

const images = (model: Model, f: Figure): FigureLinks['downloads'] =>
	f.image
		? [
				{ label: 'SVG image', href: model.at.href(paths.chartImage(f.name, 'svg')), format: 'SVG' },
				{ label: 'PNG image', href: model.at.href(paths.chartImage(f.name, 'png')), format: 'PNG' }
			]
		: [];

function embedOf(model: Model, kind: EmbedKind, r: Commitment | Metric): FigureLinks['embed'] {
	const e = model.embedOf(kind, r);
	return { code: embedCode(e, model.at), preview: model.at.href(e.path), local: isLocal() };
}

export function shownMetric(model: Model, m: Metric): Shown<Figure> {
	const figure = model.figureOf(m);
	const data = [
		{ label: 'CSV', href: model.at.href(paths.metricCsv(m.id)), format: 'spreadsheet' },
		{ label: 'JSON', href: model.at.href(paths.metricJson(m.id)), format: 'data' }
	];
	return {
		figure,
		links: { downloads: [...data, ...images(model, figure)], embed: embedOf(model, 'metric', m) },
		note: m.note ?? null,
		corrections: m.corrections.map((k) => ({ ...k, href: model.at.href(paths.update(k.update)) }))
	};
}

/** A commitment's own figures, by page slot, with their links. */
export function shownCommitmentFigures(model: Model, c: Commitment): { progress: Shown<Figure> | null; milestones: Shown<Figure> | null } {
	const f = model.figuresOf(c);
	return {
		progress: f.progress ? { figure: f.progress, links: { downloads: images(model, f.progress) } } : null,
		milestones: f.milestones
			? {
					figure: f.milestones,
					links: {
						downloads: [
							{ label: 'CSV', href: model.at.href(paths.milestonesCsv(c.id)), format: 'spreadsheet' },
							{ label: 'JSON', href: model.at.href(paths.commitmentJson(c.id)), format: 'data' },
							...images(model, f.milestones)
						],
						embed: embedOf(model, 'milestones', c)
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
		embed: embedOf(model, 'commitment', c)
	};
}
