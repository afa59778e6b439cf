/**
 * Chart state for a progress track: the published stages in order, and where the commitment is.
 */
import { scalePoint } from 'd3-scale';

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
