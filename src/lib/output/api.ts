/**
 * The JSON shapes of the static API: records as the model publishes them, plus the addresses of
 * their page, data and embed.
 */
import type { Commitment, Metric, Model, Update } from '../model';
import { paths, type AddressBook } from '../model/addresses';

export function commitmentJson(c: Commitment, at: AddressBook) {
	return { ...c, url: at.url(paths.commitment(c.id)), csv_url: at.url(paths.commitmentCsv(c.id)), embed_url: at.url(paths.embed('commitment', c.id)) };
}

export function metricJson(m: Metric, at: AddressBook) {
	return {
		...m,
		url: at.url(paths.figure(m.id)),
		csv_url: at.url(paths.metricCsv(m.id)),
		svg_url: at.url(paths.chartImage(`metric-${m.id}`, 'svg')),
		png_url: at.url(paths.chartImage(`metric-${m.id}`, 'png')),
		embed_url: at.url(paths.embed('metric', m.id))
	};
}

export function updateJson(u: Update, at: AddressBook) {
	return { ...u, url: at.url(paths.update(u.id)) };
}

export function dataset(model: Model) {
	const { site, at } = model;
	return {
		about: `${site.title}: every commitment, figure, update and source, as published on or before ${model.build_date}. Column and field definitions: ${at.url(paths.data)}`,
		build_date: model.build_date,
		licence: site.licence,
		site: { organisation: site.organisation, title: site.title, themes: site.themes, local_units: site.local_units, reporting_routes: site.reporting_routes },
		commitments: model.commitments.map((c) => commitmentJson(c, at)),
		metrics: model.metrics.map((m) => metricJson(m, at)),
		updates: model.updates.map((u) => updateJson(u, at)),
		sources: model.sources
	};
}

/** Pretty-printed, so that a reader opening the file in a browser can read it. */
export const json = (body: unknown): string => JSON.stringify(body, null, 2) + '\n';
