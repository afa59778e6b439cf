/**
 * PNG images drawn from SVG at build time with resvg, off the main thread so images render in
 * parallel.
 */
import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

// Liberation Sans has Arial's metrics, which the chart layout assumes. Loading two known files is
// far quicker than scanning every system font for each of thousands of charts.
const LIBERATION = ['Regular', 'Bold', 'Italic'].map((w) => `/usr/share/fonts/truetype/liberation/LiberationSans-${w}.ttf`);
const fonts: ResvgRenderOptions['font'] = LIBERATION.every(existsSync)
	? { loadSystemFonts: false, fontFiles: LIBERATION, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' }
	: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };

/** The SVG drawn at `zoom` times its size. */
export async function png(svg: string, zoom = 2): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array((await renderAsync(svg, { fitTo: { mode: 'zoom', value: zoom }, font: fonts })).asPng());
}
