/**
 * The downloads and embed code offered beside each chart. The addresses here are the ones the
 * data endpoints under src/routes/api and src/routes/data write.
 */
import type { Commitment, Metric } from '$lib/content/assemble';
import type { ChartLinks } from '$lib/charts/links';
import { embedCode } from '$lib/embed';
import { commitmentEmbed, metricEmbed, milestonesEmbed } from './embeds';

export const paths = {
	metricCsv: (id: string) => `/data/metrics/${id}.csv`,
	metricJson: (id: string) => `/api/metrics/${id}.json`,
	commitmentCsv: (id: string) => `/data/commitments/${id}.csv`,
	commitmentJson: (id: string) => `/api/commitments/${id}.json`,
	milestonesCsv: (id: string) => `/data/milestones/${id}.csv`,
	chart: (name: string, ext: 'svg' | 'png') => `/data/charts/${name}.${ext}`
};

const images = (name: string) => [
	{ label: 'SVG image', href: paths.chart(name, 'svg'), format: 'SVG' },
	{ label: 'PNG image', href: paths.chart(name, 'png'), format: 'PNG' }
];

export function metricLinks(m: Metric, site: string): ChartLinks {
	const e = metricEmbed(m);
	return {
		downloads: [
			{ label: 'CSV', href: paths.metricCsv(m.id), format: 'spreadsheet' },
			{ label: 'JSON', href: paths.metricJson(m.id), format: 'data' },
			...images(`metric-${m.id}`)
		],
		embed: { code: embedCode(e, site), preview: e.path }
	};
}

export function milestonesLinks(c: Commitment, site: string): ChartLinks {
	const e = milestonesEmbed(c);
	return {
		downloads: [{ label: 'CSV', href: paths.milestonesCsv(c.id), format: 'spreadsheet' }, { label: 'JSON', href: paths.commitmentJson(c.id), format: 'data' }, ...images(`milestones-${c.id}`)],
		embed: { code: embedCode(e, site), preview: e.path }
	};
}

export function progressLinks(c: Commitment): ChartLinks {
	return { downloads: images(`progress-${c.id}`) };
}

export function commitmentLinks(c: Commitment, site: string): ChartLinks {
	const e = commitmentEmbed(c);
	return {
		downloads: [{ label: 'CSV', href: paths.commitmentCsv(c.id), format: 'spreadsheet' }, { label: 'JSON', href: paths.commitmentJson(c.id), format: 'data' }],
		embed: { code: embedCode(e, site), preview: e.path }
	};
}
