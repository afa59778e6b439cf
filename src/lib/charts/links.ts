/** What a chart frame offers besides the chart: downloads, and the code to embed it elsewhere. */
export interface ChartLinks {
	downloads: { label: string; href: string; format: string }[];
	embed?: { code: string; preview: string };
}
