/** What the Chart.js view needs, built from the same chart state as the SVG. */
export interface InteractiveData {
	type: 'bar' | 'line';
	title: string;
	labels: string[];
	values: (number | null)[];
	displays: string[];
	unit: string;
	yLabel: string;
	xLabel: string;
	target: number | null;
	percent: boolean;
	/** false when the values count different things: points only, no line */
	joined: boolean;
}
