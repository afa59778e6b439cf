/**
 * A figure spec: everything about one chart that any output needs, worked out once. The page
 * frame, the embed, the standalone SVG and PNG, and the interactive view all read it.
 */
import type { Source } from '../../content/schema';
import type { Correction } from '../derive';
import type { InteractiveData } from './interactive';
import { ageText } from '../age';

/** One cell of a figure's data table. */
export interface Cell {
	text: string;
	/** a link within the site (already an href) */
	href?: string;
	/** the source the figure comes from: shown as a source link */
	source?: Source;
	/** a short flag after the text, e.g. "(corrected)" */
	flag?: string;
	note?: string;
}

export interface FigureTable {
	columns: string[];
	rows: { head: Cell; cells: Cell[] }[];
}

export interface FigureSpec<K extends string, S> {
	kind: K;
	/** unique across the site; names the image files (/data/charts/{name}.svg) */
	name: string;
	/** the id of the figure on its page, and its anchor */
	anchor: string;
	/** the title on its own (embed, image file) */
	title: string;
	/** the title inside its page, where the page heading gives the context */
	pageTitle: string;
	description: string;
	/** the date the figures are as of (the last day of their period), in words, and how long before the build that is */
	asOf: AsOf;
	/** every source the figure cites, in the order first cited */
	sources: Source[];
	table: FigureTable;
	state: S;
	/** drawn by the interactive view on request, from the same positions the SVG uses */
	interactive: InteractiveData | null;
	/** said under the chart, e.g. what "n/p" means */
	footnote: string | null;
	/** the page the figure lives on, relative to the site root */
	page: string;
	/** whether the figure is offered as SVG and PNG files */
	image: boolean;
}

export interface AsOf {
	date: string;
	text: string;
	/** e.g. "3 years and 2 months ago"; null when there is no date */
	age: string | null;
}

/** What building a figure needs from the rest of the model. */
export interface FigureContext {
	source(id: string | undefined): Source | undefined;
	href(path: string): string;
	buildDate: string;
}

export function asOf(ctx: FigureContext, date: string, text: string): AsOf {
	if (!date) return { date, text, age: null };
	const age = ageText(date, ctx.buildDate);
	return { date, text, age: age === 'from today' ? 'today' : `${age} ago` };
}

/** Sources by id, in the order first cited, each once; unknown and missing ids are skipped. */
export function citedSources(ctx: FigureContext, ids: (string | undefined)[]): Source[] {
	const out: Source[] = [];
	for (const id of new Set(ids)) {
		const s = ctx.source(id);
		if (s) out.push(s);
	}
	return out;
}

export function sourceCell(ctx: FigureContext, id: string | undefined, missing = 'No source gives this figure'): Cell {
	const source = ctx.source(id);
	return source ? { text: source.title, source } : { text: missing };
}

/** What a figure's frame offers besides the chart: downloads, the code to embed it elsewhere, and ways to share it. */
export interface FigureLinks {
	downloads: { label: string; href: string; format: string }[];
	embed?: EmbedOffer;
	share?: ShareOffer;
}

/**
 * The code to embed something (light, the default), the embed's own page to preview, and `local`
 * when the site is a copy on this computer, whose codes will not work elsewhere.
 */
export interface EmbedOffer {
	code: string;
	preview: string;
	local: boolean;
}

/** A page's whole address to copy, and links to share it by. */
export interface ShareOffer {
	url: string;
	title: string;
	links: { label: string; href: string; newTab: boolean }[];
}

/** A figure as a page shows it: the spec, its links when the page offers them, and what is said under it. */
export interface Shown<F = unknown> {
	figure: F;
	links?: FigureLinks;
	note?: string | null;
	corrections?: (Correction & { href: string })[];
}
