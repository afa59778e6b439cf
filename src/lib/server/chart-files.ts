/**
 * Charts as standalone SVG files for download: the same components the pages draw, rendered on
 * the server, wrapped with their title, source and as-of date, and styled inline so they look
 * right wherever they are opened. scripts/postbuild.js turns each into a PNG.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { Content } from '$lib/content/assemble';
import SeriesChart from '$lib/charts/SeriesChart.svelte';
import BreakdownChart from '$lib/charts/BreakdownChart.svelte';
import StageTrack from '$lib/charts/StageTrack.svelte';
import TimelineChart from '$lib/charts/TimelineChart.svelte';
import { seriesState } from '$lib/charts/series';
import { breakdownState } from '$lib/charts/breakdown';
import { stageState } from '$lib/charts/stages';
import { timelineState } from '$lib/charts/timeline';
import { wrap } from '$lib/charts/format';
import { formatDate } from '$lib/content/dates';
import { metricEmbed, movedIds } from './embeds';

const STYLE = `text{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;fill:#0b0c0c;font-size:13px}
.tick,.muted,.axis-title,.missing,.date,.foot{fill:#484949}.axis-title,.foot{font-size:12px}.heading{font-size:17px;font-weight:700}
.grid{stroke:#dcdcdc;stroke-width:1}.axis{stroke:#0b0c0c;stroke-width:1.5}.bar{fill:#1d70b8}.dot{fill:#1d70b8;stroke:#fff;stroke-width:2}
.line{fill:none;stroke:#1d70b8;stroke-width:2.5}.value,.strong,.year,.date{font-weight:700}.missing{font-style:italic}
.target{stroke:#6e3619;stroke-width:2;stroke-dasharray:6 4}.target-label{fill:#6e3619;font-weight:700}.label{font-size:14px}
.rail{stroke:#b1b4b6;stroke-width:3}.stage-done{fill:#1d70b8}.stage-current{fill:#fff;stroke:#1d70b8;stroke-width:3}.stage-current-dot{fill:#1d70b8}
.stage-next{fill:#fff;stroke:#484949;stroke-width:2;stroke-dasharray:3 2}.tick-mark{fill:none;stroke:#fff;stroke-width:2.5}`;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Drawn {
	title: string;
	description: string;
	footer: string;
	width: number;
	height: number;
	body: string;
}

function draw<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	return render(component, { props }).body.replace(/<!--[\s\S]*?-->/g, '');
}

function standalone(d: Drawn): string {
	const pad = 16;
	const titleLines = wrap(d.title, 32);
	const footLines = wrap(d.footer, 46);
	const top = pad + titleLines.length * 22 + 8;
	const width = d.width + pad * 2;
	const height = top + d.height + 12 + footLines.length * 16 + pad;
	const inner = d.body.replace(/^<svg[^>]*viewBox="([^"]+)"[^>]*>/, (_m, vb: string) => `<svg x="${pad}" y="${top}" width="${d.width}" height="${d.height}" viewBox="${vb}">`);
	return [
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">`,
		`<title id="title">${esc(d.title)}</title>`,
		`<desc id="desc">${esc(d.description)}</desc>`,
		`<style>${STYLE}</style>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...titleLines.map((l, i) => `<text class="heading" x="${pad}" y="${pad + 16 + i * 22}">${esc(l)}</text>`),
		inner,
		...footLines.map((l, i) => `<text class="foot" x="${pad}" y="${top + d.height + 20 + i * 16}">${esc(l)}</text>`),
		`</svg>`,
		''
	].join('\n');
}

/** Every downloadable chart, by file name (without .svg), including old names after a rename. */
export function chartNames(content: Content): string[] {
	const names: string[] = [];
	for (const m of content.metrics) for (const id of [m.id, ...m.previous_ids]) names.push(`metric-${id}`);
	for (const c of content.commitments) {
		for (const id of [c.id, ...c.previous_ids]) {
			if (c.milestones.length) names.push(`milestones-${id}`);
			if (c.progress.kind === 'stage') names.push(`progress-${id}`);
		}
	}
	return names;
}

export function chartSvg(content: Content, name: string, site: string): string | undefined {
	const m = /^(metric|milestones|progress)-(.+)$/.exec(name);
	if (!m) return undefined;
	const [, kind, rawId] = m;
	const sourceTitles = (ids: (string | undefined)[]): string =>
		[...new Set(ids.filter((x): x is string => !!x))].map((id) => content.sources.find((s) => s.id === id)).filter((s) => !!s).map((s) => `${s.title} (${s.publisher})`).join('; ') || 'not published';
	const ids = { labelledby: 'title', describedby: 'desc' };
	if (kind === 'metric') {
		const id = movedIds(content.metrics).get(rawId) ?? rawId;
		const metric = content.metrics.find((x) => x.id === id);
		if (!metric) return undefined;
		const e = metricEmbed(metric);
		const cites = metric.type === 'series' ? metric.values.map((v) => v.source) : metric.parts.map((p) => p.source);
		const footer = `As of ${e.as_of}. Source: ${sourceTitles(cites)}. ${site}${e.page}`;
		if (metric.type === 'series') {
			const s = seriesState(metric);
			const np = s.points.some((p) => p.value === null) ? 'n/p: not published. ' : '';
			return standalone({ title: metric.title, description: s.description, footer: np + footer, width: s.width, height: s.height, body: draw(SeriesChart, { state: s, ...ids }) });
		}
		const s = breakdownState(metric);
		return standalone({ title: metric.title, description: s.description, footer, width: s.width, height: s.height, body: draw(BreakdownChart, { state: s, ...ids }) });
	}
	const id = movedIds(content.commitments).get(rawId) ?? rawId;
	const c = content.commitments.find((x) => x.id === id);
	if (!c) return undefined;
	if (kind === 'milestones' && c.milestones.length) {
		const s = timelineState(`Milestones: ${c.title}`, c.milestones);
		const last = [...c.milestones].map((x) => x.date).sort().at(-1) ?? c.made_on;
		const footer = `As of ${formatDate(last)}. Sources: ${sourceTitles(c.milestones.map((x) => x.source))}. ${site}/commitments/${c.id}/`;
		return standalone({ title: `Milestones: ${c.title}`, description: s.description, footer, width: s.width, height: s.height, body: draw(TimelineChart, { state: s, ...ids }) });
	}
	if (kind === 'progress' && c.progress.kind === 'stage') {
		const s = stageState(c.title, c.progress.stages, c.progress.stage);
		const footer = `As of ${formatDate(c.status_since)}. Source: ${sourceTitles([c.progress.source])}. ${site}/commitments/${c.id}/`;
		return standalone({ title: `Progress: ${c.title}`, description: s.description, footer, width: s.width, height: s.height, body: draw(StageTrack, { state: s, ...ids }) });
	}
	return undefined;
}
