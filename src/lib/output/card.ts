/**
 * Share cards (1200 × 630 SVG, drawn to PNG at build time): what a link to the site shows on social
 * media and in messaging apps. The commitment card says the status in words beside its colour;
 * the site card says what the site is. A chart's card nests the chart (src/lib/server/card-file.ts).
 */
import type { Status } from '../content/schema';
import { STATUS_INFO } from '../model/status';
import { CARD_SIZE } from '../model/social';
import { wrap } from '../model/figures/format';
import { xml } from './escape';

const { width: W, height: H } = CARD_SIZE;
export const X = 72;
const INK = '#0b0c0c';
const MUTED = '#484949';
const BRAND = '#1d3557';
const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

/**
 * The status tag's colours, as the light pages draw them (app.css: --tag-{name} and
 * --tag-{name}-bg, used by .tag--{status}); a test checks the two agree.
 */
export const TAG_OF: Record<Status, string> = { delivered: 'delivered', in_progress: 'progress', ongoing: 'progress', planned: 'planned', delayed: 'delayed', not_delivered: 'delayed', cannot_yet_assess: 'unknown' };
export const TAG_COLOURS: Record<string, { ink: string; bg: string }> = {
	delivered: { ink: '#005a30', bg: '#cce2d8' },
	progress: { ink: '#0c2d4a', bg: '#bbd4ea' },
	planned: { ink: '#3d2375', bg: '#dbd5e9' },
	delayed: { ink: '#6e3619', bg: '#fcd6c3' },
	unknown: { ink: '#383f43', bg: '#eeefef' }
};

/** Lines of text, at most `most` of them, the last cut with an ellipsis if the text is longer. */
export function fitLines(text: string, chars: number, most: number): string[] {
	const lines = wrap(text, chars);
	if (lines.length <= most) return lines;
	const kept = lines.slice(0, most);
	const last = kept[most - 1];
	// The ellipsis takes the last word's place only when it would not fit after it, and never the only word.
	kept[most - 1] = `${last.length < chars || !/\s/.test(last) ? last : last.replace(/\s+\S*$/, '')}…`;
	return kept;
}

export const text = (lines: string[], y: number, size: number, lead: number, attrs: string): string =>
	lines.map((l, i) => `<text x="${X}" y="${y + i * lead}" font-size="${size}" ${attrs}>${xml(l)}</text>`).join('');

/** The frame every card shares: white, the site's name at the top, its address at the foot, a band of the site's colour. */
export function cardFrame(siteTitle: string, host: string, body: string): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
		`<rect width="${W}" height="${H}" fill="#ffffff"/>`,
		`<rect width="${W}" height="14" fill="${BRAND}"/>`,
		text(fitLines(siteTitle, 48, 1), 78, 30, 0, `font-weight="700" fill="${BRAND}"`),
		body,
		`<rect y="${H - 64}" width="${W}" height="64" fill="${BRAND}"/>`,
		`<text x="${X}" y="${H - 22}" font-size="26" fill="#ffffff">${xml(host)}</text>`,
		`</svg>`
	].join('\n');
}

export interface CommitmentCardInput {
	title: string;
	status: Status;
	/** e.g. "21 March 2023" */
	since: string;
	/** e.g. "3 years and 8 months old" */
	age: string;
}

export function commitmentCardSvg(siteTitle: string, host: string, c: CommitmentCardInput): string {
	const title = fitLines(c.title, 34, 4);
	const y = 170;
	const tagY = y + title.length * 66 + 10;
	const label = STATUS_INFO[c.status].label;
	const colours = TAG_COLOURS[TAG_OF[c.status]];
	const tagWidth = Math.round(label.length * 22 + 48);
	return cardFrame(
		siteTitle,
		host,
		[
			text(title, y, 56, 66, `font-weight="700" fill="${INK}"`),
			`<rect x="${X}" y="${tagY}" width="${tagWidth}" height="60" fill="${colours.bg}" stroke="${colours.ink}" stroke-width="3"/>`,
			`<text x="${X + 24}" y="${tagY + 42}" font-size="36" font-weight="700" fill="${colours.ink}">${xml(label)}</text>`,
			text(fitLines(`Status as of ${c.since}; the latest evidence is ${c.age}.`, 60, 2), tagY + 112, 30, 40, `fill="${MUTED}"`)
		].join('\n')
	);
}

export function siteCardSvg(siteTitle: string, host: string, description: string, organisation: string): string {
	const heading = fitLines(`Tracking the ${organisation}'s reform commitments`, 32, 3);
	return cardFrame(
		siteTitle,
		host,
		[
			text(heading, 180, 60, 72, `font-weight="700" fill="${INK}"`),
			text(fitLines(description, 62, 3), 180 + heading.length * 72 + 20, 30, 42, `fill="${MUTED}"`)
		].join('\n')
	);
}
