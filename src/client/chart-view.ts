/**
 * The interactive view of a metric series: Chart.js, drawn from the same data as the SVG, with
 * tooltips giving each exact value. Loaded on demand only.
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
	Tooltip
} from 'chart.js';
import type { InteractiveData } from '../lib/charts/interactive';

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
	const datasets = [
		{
			type: d.type,
			label: d.title,
			data: d.values,
			backgroundColor: mark,
			borderColor: mark,
			pointRadius: 5,
			pointHoverRadius: 8,
			spanGaps: false,
			showLine: d.joined
		}
	];
	const chart = new Chart(canvas, {
		type: d.type,
		data: { labels: d.labels, datasets },
		options: {
			maintainAspectRatio: false,
			animation: false,
			color: ink,
			scales: {
				x: { title: { display: true, text: d.xLabel, color: ink }, ticks: { color: ink }, grid: { display: false } },
				y: {
					beginAtZero: true,
					max: d.percent ? 100 : undefined,
					title: { display: true, text: d.yLabel, color: ink },
					ticks: { color: ink },
					grid: { color: grid }
				}
			},
			plugins: {
				tooltip: {
					callbacks: {
						label: (item) => d.displays[item.dataIndex] ?? '',
						afterLabel: () => (d.target !== null ? `Target: ${d.target}${d.percent ? '%' : ` ${d.unit}`}` : '')
					}
				}
			}
		}
	});
	return {
		destroy() {
			chart.destroy();
			wrapper.remove();
		}
	};
}
