/**
 * The JSON shapes of the static API: records as loaded, less internal fields, plus the addresses
 * of their page, data and embed.
 */
import type { Commitment, Content, Metric, Update } from '$lib/content/assemble';
import { paths } from './links';

export function commitmentJson(c: Commitment, site: string) {
	const { file: _file, ...record } = c;
	return {
		...record,
		url: `${site}/commitments/${c.id}/`,
		csv_url: `${site}${paths.commitmentCsv(c.id)}`,
		embed_url: `${site}/embed/commitment/${c.id}/`
	};
}

export function metricJson(m: Metric, site: string) {
	const { file: _file, ...record } = m;
	return {
		...record,
		url: `${site}/figures/${m.id}/`,
		csv_url: `${site}${paths.metricCsv(m.id)}`,
		svg_url: `${site}${paths.chart(`metric-${m.id}`, 'svg')}`,
		png_url: `${site}${paths.chart(`metric-${m.id}`, 'png')}`,
		embed_url: `${site}/embed/metric/${m.id}/`
	};
}

export function updateJson(u: Update, site: string) {
	const { file: _file, ...record } = u;
	return { ...record, url: `${site}/updates/${u.id}/` };
}

export function dataset(content: Content, site: string) {
	return {
		about: `${content.site.title}: every commitment, figure, update and source, as published on or before ${content.build_date}. Column and field definitions: ${site}/data/`,
		build_date: content.build_date,
		licence: content.site.licence,
		site: { organisation: content.site.organisation, title: content.site.title, themes: content.site.themes, local_units: content.site.local_units, reporting_routes: content.site.reporting_routes },
		commitments: content.commitments.map((c) => commitmentJson(c, site)),
		metrics: content.metrics.map((m) => metricJson(m, site)),
		updates: content.updates.map((u) => updateJson(u, site)),
		sources: content.sources
	};
}

export const jsonResponse = (body: unknown): Response =>
	new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });

export const csvResponse = (body: string): Response => new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
