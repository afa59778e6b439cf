/**
 * One page of each type in the default build, and how many figures (charts in their frames) each
 * must show, worked out from the model: a page that forgets a chart fails the journey.
 */
import { join } from 'node:path';
import { ROOT, DEFAULT_BUILD_DATE } from './build';
import { folderModel } from './model';

const model = folderModel(join(ROOT, 'content'), DEFAULT_BUILD_DATE);
const commitment = (id: string): number => {
	const c = model.commitment(id)?.record;
	if (!c) throw new Error(`no commitment ${id}`);
	return Object.keys(model.figuresOf(c)).length + c.metrics.length;
};

const metrics = (id: string): number => model.metricsOf(model.commitment(id)?.record ?? (undefined as never)).length;

/** `figures`: charts in their frames; `drawn`: how many of them draw the chart (the evidence pack gives a timeline as its table alone). */
export const PAGE_TYPES: Record<string, { path: string; figures: number; drawn?: number }> = {
	home: { path: '/', figures: model.site.featured_metrics.length },
	commitments: { path: '/commitments/', figures: 0 },
	'filtered list': { path: '/commitments/status/delivered/', figures: 0 },
	'commitment with stages, timeline and sub-commitments': { path: '/commitments/casey-review/', figures: commitment('casey-review') },
	'commitment with a breakdown': { path: '/commitments/hotton-misconduct-proceedings/', figures: commitment('hotton-misconduct-proceedings') },
	'commitment with a series and target': { path: '/commitments/professional-standards-investigators/', figures: commitment('professional-standards-investigators') },
	timeline: { path: '/timeline/', figures: 1 },
	updates: { path: '/updates/', figures: 0 },
	update: { path: '/updates/2022-04-07-met-accepts-iopc-recommendations/', figures: 0 },
	methodology: { path: '/methodology/', figures: 0 },
	'report a concern': { path: '/report-a-concern/', figures: 0 },
	accessibility: { path: '/accessibility/', figures: 0 },
	sources: { path: '/sources/', figures: 0 },
	figures: { path: '/figures/', figures: model.metrics.length },
	figure: { path: '/figures/officers-suspended/', figures: 1 },
	'data and downloads': { path: '/data/', figures: 0 },
	'metric embed': { path: '/embed/metric/officers-dismissed-calendar-year/', figures: 1 },
	'commitment embed': { path: '/embed/commitment/casey-review/', figures: 1 },
	'milestones embed': { path: '/embed/milestones/casey-review/', figures: 1 },
	'timeline embed': { path: '/embed/timeline/all/', figures: 1 },
	'evidence pack': { path: '/commitments/professional-standards-investigators/evidence/', figures: commitment('professional-standards-investigators'), drawn: metrics('professional-standards-investigators') },
	search: { path: '/search/?q=casey', figures: 0 },
	'not found': { path: '/no-such-page/', figures: 0 }
};
