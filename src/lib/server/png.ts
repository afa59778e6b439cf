/**
 * PNG rasterising off the prerender thread: a small pool of worker threads, each running resvg,
 * so thousands of charts render on the machine's other cores while pages keep being written.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';

// Liberation Sans has Arial's metrics, which the chart layout assumes. Two known files load far
// quicker than scanning every system font for each chart; without them, use what the system has.
const LIBERATION = ['Regular', 'Bold', 'Italic'].map((w) => `/usr/share/fonts/truetype/liberation/LiberationSans-${w}.ttf`);
const FONT = LIBERATION.every(existsSync)
	? { loadSystemFonts: false, fontFiles: LIBERATION, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
	: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg }) => {
	try {
		const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: workerData.font }).render().asPng();
		parentPort.postMessage({ id, png }, [png.buffer]);
	} catch (e) {
		parentPort.postMessage({ id, error: String(e) });
	}
});`;

interface Job {
	resolve: (png: Uint8Array) => void;
	reject: (e: Error) => void;
}

let pool: { worker: Worker; busy: number }[] = [];
const jobs = new Map<number, Job>();
let next = 0;

function workers(): { worker: Worker; busy: number }[] {
	if (pool.length) return pool;
	const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
	const size = Math.max(1, Math.min(4, availableParallelism() - 1));
	pool = Array.from({ length: size }, () => {
		const slot = { worker: new Worker(WORKER, { eval: true, workerData: { resvg, font: FONT } }), busy: 0 };
		slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = jobs.get(id);
			jobs.delete(id);
			// An idle pool must not keep the build process alive.
			if (--slot.busy === 0) slot.worker.unref();
			if (!job) return;
			if (png) job.resolve(png);
			else job.reject(new Error(error ?? 'PNG rendering failed'));
		});
		slot.worker.unref();
		return slot;
	});
	return pool;
}

export function renderPng(svg: string): Promise<Uint8Array> {
	const slot = workers().reduce((a, b) => (b.busy < a.busy ? b : a));
	const id = next++;
	return new Promise((resolve, reject) => {
		jobs.set(id, { resolve, reject });
		if (slot.busy++ === 0) slot.worker.ref();
		slot.worker.postMessage({ id, svg });
	});
}
