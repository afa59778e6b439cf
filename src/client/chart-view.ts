/**
 * The interactive view of a figure: Chart.js, drawn from the figure's interactive data, which comes
 * from the same chart state as the SVG. Figures at dates sit on a linear time axis at their true
 * dates, as the SVG draws them; years are evenly spaced categories. Loaded on demand only.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import type { InteractiveData } from '../lib/model/figures/interactive';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

export function drawInteractive(body: HTMLElement, d: InteractiveData, description: string): { destroy(): void } {
	const css = getComputedStyle(body);
	const ink = css.getPropertyValue('--text').trim() || '#0b0c0c';
	const mark = css.getPropertyValue('--chart-mark').trim() || '#1d4e89';
	const grid = css.getPropertyValue('--border').trim() || '#b1b4b6';
	const wrapper = document.createElement('div');
	wrapper.className = 'chart-canvas';
	const canvas = document.createElement('canvas');
	canvas.setAttribute('role', 'img');
	canvas.setAttribute('aria-label', description);
	canvas.textContent = description;
	wrapper.append(canvas);
	body.append(wrapper);
	const time = d.x === 'time';
	const tickLabel = new Map(d.xTicks.map((t) => [t.value, t.label]));
	const config: ChartConfiguration<'bar' | 'line', { x: number; y: number | null }[] | (number | null)[]> = {
		type: d.type,
		data: {
			labels: time ? undefined : d.points.map((p) => (p.y === null ? `${p.short} (not published)` : p.short)),
			datasets: [
				{
					type: d.type,
					label: d.title,
					data: time ? d.points.map((p) => ({ x: p.x, y: p.y })) : d.points.map((p) => p.y),
					backgroundColor: mark,
					borderColor: mark,
					pointRadius: 5,
					pointHoverRadius: 8,
					spanGaps: false,
					showLine: d.joined
				}
			]
		},
		options: {
			maintainAspectRatio: false,
			animation: false,
			color: ink,
			scales: {
				x: time
					? {
							type: 'linear',
							min: d.xDomain[0],
							max: d.xDomain[1],
							title: { display: true, text: d.xLabel, color: ink },
							grid: { display: false },
							// Ticks at the figures' own dates, labelled as on the SVG.
							afterBuildTicks: (axis) => {
								axis.ticks = d.xTicks.map((t) => ({ value: t.value }));
							},
							ticks: { color: ink, maxRotation: 0, autoSkip: false, callback: (v) => tickLabel.get(Number(v)) ?? '' }
						}
					: { type: 'category', title: { display: true, text: d.xLabel, color: ink }, ticks: { color: ink, maxRotation: 0 }, grid: { display: false } },
				y: { beginAtZero: true, max: d.yMax, title: { display: true, text: d.yLabel, color: ink }, ticks: { color: ink }, grid: { color: grid } }
			},
			plugins: {
				tooltip: {
					callbacks: {
						title: (items) => d.points[items[0]?.dataIndex ?? 0]?.label ?? '',
						label: (item) => d.points[item.dataIndex]?.display ?? '',
						afterLabel: () => d.target?.label ?? ''
					}
				}
			}
		}
	};
	const chart = new Chart(canvas, config);
	return {
		destroy() {
			chart.destroy();
			wrapper.remove();
		}
	};
}
