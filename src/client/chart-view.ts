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
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import type { InteractiveData } from '../lib/model/figures/interactive';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** A colour variable as the browser resolves it here (the variables hold light-dark() pairs). */
function colour(at: HTMLElement, variable: string, fallback: string): string {
	const probe = document.createElement('span');
	probe.style.color = `var(${variable}, ${fallback})`;
	at.append(probe);
	const c = getComputedStyle(probe).color;
	probe.remove();
	return c || fallback;
}

/** Writes each figure above its bar or point, as the SVG does, so a phone shows the values without a tap. */
const valueLabels = (d: InteractiveData, ink: string): Plugin<'bar' | 'line'> => ({
	id: 'valueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		const meta = chart.getDatasetMeta(0);
		ctx.save();
		ctx.fillStyle = ink;
		ctx.font = `700 13px ${getComputedStyle(chart.canvas).fontFamily}`;
		ctx.textAlign = 'center';
		ctx.textBaseline = 'bottom';
		meta.data.forEach((el, i) => {
			const p = d.points[i];
			if (p && p.y !== null) ctx.fillText(p.mark, el.x, el.y - 8);
		});
		ctx.restore();
	}
});

export function drawInteractive(body: HTMLElement, d: InteractiveData, description: string): { destroy(): void } {
	const ink = colour(body, '--text', '#0b0c0c');
	const mark = colour(body, '--chart-mark', '#1d70b8');
	const grid = colour(body, '--border', '#b1b4b6');
	// On a phone, ticks are thinned rather than slanted; values are written at the marks.
	const narrow = body.clientWidth < 480;
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
			layout: { padding: { top: 18 } },
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
							ticks: { color: ink, maxRotation: 0, minRotation: 0, autoSkip: narrow, autoSkipPadding: 12, callback: (v) => tickLabel.get(Number(v)) ?? '' }
						}
					: { type: 'category', title: { display: true, text: d.xLabel, color: ink }, ticks: { color: ink, maxRotation: 0, minRotation: 0, autoSkip: true, autoSkipPadding: 12 }, grid: { display: false } },
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
	config.plugins = [valueLabels(d, ink)];
	const chart = new Chart(canvas, config);
	return {
		destroy() {
			chart.destroy();
			wrapper.remove();
		}
	};
}
