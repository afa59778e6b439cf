import { describe, expect, it } from 'vitest';
import * as schema from './schema';
import { references } from './refs';

describe('references', () => {
	it('finds every declared reference, in lists, optional fields and described fields', () => {
		const site = { reporting_routes: [{ id: 'a', name: 'x', audience: 'public', how: 'y', source: 's1' }], themes: [], local_units: [{ id: 'u', title: 't', source: 's2' }], featured_metrics: ['m1'] };
		expect(references(schema.site, site).map((r) => [r.path.join('.'), r.value, r.to])).toEqual([
			['reporting_routes.0.source', 's1', 'sources'],
			['local_units.0.source', 's2', 'sources'],
			['featured_metrics.0', 'm1', 'metrics']
		]);
	});

	it('follows only the branch of a union the data chose', () => {
		const c = { progress: { kind: 'percent', percent: 40, as_of: '2024-01-01', source: 'p' }, sources: ['a'] };
		expect(references(schema.commitment, c).map((r) => [r.path.join('.'), r.to])).toEqual([
			['progress.source', 'sources'],
			['sources.0', 'sources']
		]);
	});

	it('does not take a plain id for a reference', () => {
		expect(references(schema.commitment, { previous_ids: ['old'] })).toEqual([]);
	});
});
