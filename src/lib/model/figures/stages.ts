/**
 * Chart state for a progress track: the published stages in order, and where the commitment is.
 */
import { scalePoint } from 'd3-scale';
import { endOf, formatDate } from '../../content/dates';
import type { Commitment } from '../derive';
import { paths } from '../addresses';
import { asOf, citedSources, type FigureContext, type FigureSpec } from './spec';

export interface StageState {
	width: number;
	height: number;
	stages: { label: string; y: number; state: 'done' | 'current' | 'to come'; }[];
	description: string;
}

export const STAGE_ROW = 36;

export function stageState(title: string, stages: string[], current: string): StageState {
	const index = stages.indexOf(current);
	const height = stages.length * STAGE_ROW;
	const y = scalePoint<string>().domain(stages.map((_, i) => String(i))).range([STAGE_ROW / 2, height - STAGE_ROW / 2]);
	return {
		width: 300,
		height,
		stages: stages.map((label, i) => ({
			label,
			y: y(String(i)) ?? 0,
			state: i < index ? 'done' : i === index ? 'current' : 'to come'
		})),
		description: `${title}: stage ${index + 1} of ${stages.length}, "${current}".${index < stages.length - 1 ? ` Still to come: ${stages.slice(index + 1).join(', ')}.` : ' This is the last stage.'}`
	};
}

export type StagesFigure = FigureSpec<'stages', StageState>;

/** A commitment's progress through its published stages, as a figure. */
export function stagesFigure(c: Commitment, ctx: FigureContext): StagesFigure | null {
	const p = c.progress;
	if (p.kind !== 'stage') return null;
	const s = stageState(c.title, p.stages, p.stage);
	const state = { done: 'Done', current: 'Current stage', 'to come': 'To come' } as const;
	return {
		kind: 'stages',
		name: `progress-${c.id}`,
		anchor: 'progress',
		title: `Progress: ${c.title}`,
		pageTitle: 'Progress through the stages',
		description: s.description,
		asOf: asOf(ctx, endOf(c.status_since), formatDate(c.status_since)),
		sources: citedSources(ctx, [p.source]),
		table: { columns: ['Stage', 'State'], rows: s.stages.map((st) => ({ head: { text: st.label }, cells: [{ text: state[st.state] }] })) },
		state: s,
		interactive: null,
		footnote: null,
		page: paths.commitment(c.id),
		image: true
	};
}
