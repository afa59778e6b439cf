/**
 * The layers, checked: no import loops, and imports only go down. content ← model ← output ←
 * server ← routes; views (ui ← charts ← components) never import server code; model and content
 * never import views; nothing outside tests imports a test.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const files: string[] = [];
const walk = (d: string): void => {
	for (const e of readdirSync(d)) {
		const p = join(d, e);
		if (e.startsWith('.')) continue;
		if (statSync(p).isDirectory()) walk(p);
		else if (/\.(ts|js|svelte)$/.test(e) && !/\.test\.ts$/.test(e)) files.push(relative(ROOT, p));
	}
};
['src', 'scripts'].forEach((d) => walk(join(ROOT, d)));

function resolveImport(from: string, spec: string): string | undefined {
	const base = spec.startsWith('$lib/') ? join('src/lib', spec.slice(5)) : spec.startsWith('.') ? join(dirname(from), spec) : undefined;
	if (!base) return undefined;
	for (const c of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) if (existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile()) return c;
	return undefined;
}

const edges = new Map<string, string[]>(
	files.map((f) => {
		const text = readFileSync(join(ROOT, f), 'utf8');
		const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]);
		return [f, specs.map((s) => resolveImport(f, s)).filter((x): x is string => !!x && !x.endsWith('.css'))];
	})
);

const layer = (f: string): string => {
	const m = /^src\/lib\/([^/]+)\//.exec(f);
	return m ? m[1] : f.startsWith('src/routes/') ? 'routes' : f.startsWith('src/client/') ? 'client' : f === 'src/hooks.server.ts' ? 'routes' : f.startsWith('scripts/') ? 'scripts' : f.startsWith('tests/') ? 'tests' : 'other';
};
/** What each layer may import. */
const MAY: Record<string, string[]> = {
	content: ['content'],
	model: ['content', 'model'],
	output: ['content', 'model', 'output'],
	ui: ['content', 'model', 'output', 'ui'],
	charts: ['content', 'model', 'output', 'ui', 'charts'],
	components: ['content', 'model', 'output', 'ui', 'charts', 'components'],
	server: ['content', 'model', 'output', 'ui', 'charts', 'components', 'server'],
	routes: ['content', 'model', 'output', 'ui', 'charts', 'components', 'server', 'routes'],
	client: ['content', 'model', 'output', 'client'], // content: the CMS's admin script writes files with the content layer's writer and schemas
	scripts: ['content', 'model', 'output', 'scripts']
};

describe('layers', () => {
	it('reads the project', () => {
		expect(files.length).toBeGreaterThan(80);
		expect([...edges.values()].flat().length).toBeGreaterThan(150);
	});

	it('imports only go down', () => {
		const upward = [...edges].flatMap(([from, tos]) => tos.filter((to) => !(MAY[layer(from)] ?? []).includes(layer(to))).map((to) => `${from} -> ${to}`));
		expect(upward).toEqual([]);
	});

	it('has no import loops', () => {
		const loops: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (f: string, path: string[]): void => {
			if (state.get(f) === 'done') return;
			if (state.get(f) === 'open') {
				loops.push([...path.slice(path.indexOf(f)), f].join(' -> '));
				return;
			}
			state.set(f, 'open');
			for (const to of edges.get(f) ?? []) visit(to, [...path, f]);
			state.set(f, 'done');
		};
		for (const f of edges.keys()) visit(f, []);
		expect(loops).toEqual([]);
	});
});
