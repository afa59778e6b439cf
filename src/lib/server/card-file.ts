/**
 * Share cards as SVG, ready to draw to PNG: the site's, each commitment's (output/card.ts) and each
 * chart's, which nests the chart the pages draw, with its title and as-of date.
 */
import type { Model, CardSubject } from '$lib/model';
import { CARD_SIZE } from '$lib/model/social';
import { paths } from '$lib/model/addresses';
import { formatDate } from '$lib/content/dates';
import { cardFrame, commitmentCardSvg, fitLines, siteCardSvg } from '$lib/output/card';
import { xml } from '$lib/output/escape';
import { CHART_STYLE, chartMarkup, placed } from './chart-file';

export function cardSvg(model: Model, s: CardSubject): string {
	const host = model.at.url(paths.home).replace(/^https?:\/\//, '').replace(/\/$/, '');
	const title = model.site.title;
	if (s.kind === 'site') return siteCardSvg(title, host, model.site.description, model.site.organisation);
	if (s.kind === 'commitment') {
		const c = s.commitment;
		return commitmentCardSvg(title, host, { title: c.title, status: c.status, since: formatDate(c.status_since), age: model.cardOf(c).evidence.age });
	}
	const f = model.figureOf(s.metric);
	const heading = fitLines(f.title, 44, 2);
	const top = 100 + heading.length * 50;
	// The chart on the left, what it shows in words on the right.
	const box = { x: 72, y: top, width: 560, height: CARD_SIZE.height - 64 - 56 - top };
	const { width: w, height: h } = f.state;
	const scale = Math.min(box.width / w, box.height / h);
	const [cw, ch] = [Math.round(w * scale), Math.round(h * scale)];
	return cardFrame(
		title,
		host,
		[
			`<style>${CHART_STYLE}</style>`,
			...heading.map((l, i) => `<text x="72" y="${140 + i * 50}" font-size="42" font-weight="700" fill="#0b0c0c">${xml(l)}</text>`),
			`<g class="chart-file">${placed(chartMarkup(f), box.x, box.y, cw, ch)}</g>`,
			...fitLines(f.description, 36, 9).map((l, i) => `<text x="680" y="${top + 24 + i * 36}" font-size="26" fill="#0b0c0c">${xml(l)}</text>`),
			`<text x="72" y="${CARD_SIZE.height - 84}" font-size="24" fill="#484949">${xml(fitLines(`As of ${f.asOf.text}. ${f.sources.length ? `Source${f.sources.length > 1 ? 's' : ''}: ${[...new Set(f.sources.map((s) => s.publisher))].join('; ')}` : 'Source: not published'}.`, 80, 1)[0])}</text>`
		].join('\n')
	);
}
