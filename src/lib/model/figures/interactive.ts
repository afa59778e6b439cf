/**
 * What the interactive (Chart.js) view draws, taken from the same chart state as the SVG: the same
 * x positions (time on a time axis for figures at dates; evenly spaced years), values and labels.
 */
export interface InteractiveData {
	type: 'bar' | 'line';
	title: string;
	/** time: x is a time in milliseconds, on a linear axis; category: x is the index of an evenly spaced period */
	x: 'time' | 'category';
	points: { x: number; y: number | null; label: string; short: string; display: string; mark: string }[];
	xTicks: { value: number; label: string }[];
	xDomain: [number, number];
	yMax: number;
	yLabel: string;
	xLabel: string;
	target: { value: number; label: string } | null;
	/** false when the values count different things: points only, no line */
	joined: boolean;
}
