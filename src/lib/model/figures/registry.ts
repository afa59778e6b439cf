/**
 * The chart kinds. A kind is its state and figure builder (a module in this folder), its SVG view
 * (src/lib/charts/views/{kind}.svelte, found by name) and one entry here saying what it draws.
 */
import type { Commitment, Metric } from '../derive';
import type { FigureContext } from './spec';
import { seriesFigure, type SeriesFigure } from './series';
import { breakdownFigure, type BreakdownFigure } from './breakdown';
import { stagesFigure, type StagesFigure } from './stages';
import { milestonesFigure, type TimelineFigure } from './timeline';

export type Figure = SeriesFigure | BreakdownFigure | StagesFigure | TimelineFigure;
export type ChartKind = Figure['kind'];

/** Where a commitment's figures go on its page. */
export type Slot = 'progress' | 'milestones';

interface KindEntry {
	/** the figure a metric is drawn as, when this kind draws it */
	metric?: (m: Metric, ctx: FigureContext) => Figure | null;
	/** a figure of a commitment, in a slot of its page */
	commitment?: { slot: Slot; build: (c: Commitment, ctx: FigureContext) => Figure | null };
}

export const CHART_KINDS: Record<ChartKind, KindEntry> = {
	series: { metric: (m, ctx) => (m.type === 'series' ? seriesFigure(m, ctx) : null) },
	breakdown: { metric: (m, ctx) => (m.type === 'breakdown' ? breakdownFigure(m, ctx) : null) },
	stages: { commitment: { slot: 'progress', build: stagesFigure } },
	timeline: { commitment: { slot: 'milestones', build: milestonesFigure } }
};

const entries = Object.values(CHART_KINDS);

/** The one figure a metric is drawn as. */
export function figureOfMetric(m: Metric, ctx: FigureContext): Figure {
	for (const e of entries) {
		const f = e.metric?.(m, ctx);
		if (f) return f;
	}
	throw new Error(`no chart kind draws the metric ${m.id}`);
}

/** A commitment's figures, by the slot of its page each goes in. */
export function figuresOfCommitment(c: Commitment, ctx: FigureContext): Partial<Record<Slot, Figure>> {
	const out: Partial<Record<Slot, Figure>> = {};
	for (const e of entries) {
		if (!e.commitment || out[e.commitment.slot]) continue;
		const f = e.commitment.build(c, ctx);
		if (f) out[e.commitment.slot] = f;
	}
	return out;
}
