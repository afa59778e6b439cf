/**
 * Turns the files of a content folder into loaded content: parse with positions, validate each
 * file against its kind's schema, cross-check references. Nothing is derived or dropped here:
 * the model applies embargoes and works out what readers see.
 * Pure: the same files always give the same result.
 */
import type { RawFile } from './files';
import { parseYaml, problemAt } from './locate';
import { checkSchema } from './check-schema';
import { sortProblems, type Problem } from './problems';
import { isRealDate } from './dates';
import { isPublished } from './embargo';
import { checkMetric, crossCheck } from './cross-check';
import { KINDS, LIMITS, kindOf, misplacedFileHint, type ContentKind, type KindKey } from './kinds';
import type { Loaded, LoadResult, Parsed, UpdateParsed } from './types';
import type { CommitmentFile, MetricFile, Site, Source } from './schema';

export type { Loaded, LoadResult } from './types';

/** The text `npm run new:update` leaves for the editor to replace. */
export const PLACEHOLDER = 'Write the update here';

const IGNORED = /(^|\/)README\.md$/i;

/**
 * @param buildDate decides which updates count as published when status changes are chained
 * @param folder the content folder as shown to editors, e.g. content/
 */
export function loadContent(files: RawFile[], buildDate: string, folder = 'content/'): LoadResult {
	const problems: Problem[] = [];
	const loaded = parseAll(files, folder, problems);
	if (loaded) problems.push(...crossCheck(loaded, buildDate));
	if (problems.length || !loaded) return { ok: false, problems: sortProblems(problems) };
	const found = warnings(files, loaded);
	const embargoed = new Set(loaded.updates.filter((u) => !isPublished(u.data.publish_at, buildDate)).map((u) => u.file));
	return { ok: true, content: loaded, warnings: found, stops: found.filter((w) => w.unfinished && !embargoed.has(w.file)) };
}

/**
 * The problems one file has on its own, before it is saved (the content manager runs this): its
 * YAML, its schema, a metric's own rules, and for an update what a build for publication stops on.
 * What needs the other files (ids, status chains) is left to the validator and the tests.
 */
export function checkOneFile(name: string, text: string, folder = 'content/'): Problem[] {
	const file: RawFile = { name, path: `${folder}${name}`, text };
	const problems: Problem[] = [];
	const loaded = parseAll([file], folder, problems, false);
	const own = problems.filter((p) => p.file === file.path);
	if (!loaded) return own;
	for (const m of loaded.metrics) checkMetric(m, (yaml, path, message) => own.push(problemAt(yaml, path, message)));
	own.push(...warnings([file], loaded).filter((w) => w.unfinished));
	return own;
}

function parseAll(files: RawFile[], folder: string, problems: Problem[], whole = true): Loaded | undefined {
	let site: Parsed<Site> | undefined;
	let sources: Parsed<Source[]> | undefined;
	const commitments: Parsed<CommitmentFile>[] = [];
	const metrics: Parsed<MetricFile>[] = [];
	const updates: UpdateParsed[] = [];
	const fileIds = { commitments: new Set<string>(), metrics: new Set<string>() };
	const fileProblem = (f: RawFile, message: string): void => {
		problems.push({ file: f.path, line: 1, col: 1, field: '(file name)', message });
	};

	// Commitments named in updates that could not be read: their status chains are not checked,
	// or a mistake in one update would also be reported against the next one.
	const unchecked = new Set<string>();
	let uncheckedAll = false;

	for (const f of files) {
		if (IGNORED.test(f.name)) continue;
		if (f.unreadable) {
			problems.push({ file: f.path, line: 1, col: 1, field: '(file)', message: f.unreadable });
			if (f.name.startsWith('updates/')) uncheckedAll = true;
			continue;
		}
		const key = kindOf(f.name);
		if (!key) {
			fileProblem(f, misplacedFileHint(f.name));
			continue;
		}
		const kind: ContentKind = KINDS[key];
		const match = kind.pattern?.exec(f.name)?.groups;
		if (key === 'updates') {
			const date = match?.date ?? '';
			if (!isRealDate(date)) {
				fileProblem(f, `the date in the file name (${date}) is not a real date: rename the file as YYYY-MM-DD-short-title.md`);
				continue;
			}
			const fm = splitFrontMatter(f.text);
			if (!fm) {
				problems.push({
					file: f.path,
					line: 1,
					col: 1,
					field: '(front matter)',
					message: /^---[ \t]*\r?\n/.test(f.text)
						? 'the fields at the top start with a line "---" but no line "---" ends them: add a line with only --- after the last field, before the text'
						: 'an update starts with a line "---", then its fields, then another "---" line, then the text'
				});
				uncheckedAll = true;
				continue;
			}
			const yaml = parseYaml(f.path, fm.yaml, 1);
			const r = checkSchema(KINDS.updates.schema, yaml);
			if (r.ok) updates.push({ id: `${date}-${match?.slug}`, date, file: f.path, data: r.data, yaml, body: fm.body });
			else {
				problems.push(...r.problems);
				if (yaml.data === undefined) uncheckedAll = true;
				else for (const id of mentioned(yaml.data)) unchecked.add(id);
			}
			continue;
		}
		const yaml = parseYaml(f.path, f.text);
		const id = match?.id ?? key;
		if (key === 'commitments' || key === 'metrics') fileIds[key].add(id);
		if (key === 'site') {
			const r = checkSchema(KINDS.site.schema, yaml);
			if (r.ok) site = { id, file: f.path, data: r.data, yaml };
			else problems.push(...r.problems);
		} else if (key === 'sources') {
			const r = checkSchema(KINDS.sources.schema, yaml);
			if (r.ok) sources = { id, file: f.path, data: r.data.sources, yaml };
			else problems.push(...r.problems);
		} else if (key === 'commitments') {
			const r = checkSchema(KINDS.commitments.schema, yaml);
			if (r.ok) commitments.push({ id, file: f.path, data: r.data, yaml });
			else problems.push(...r.problems);
		} else {
			const r = checkSchema(KINDS.metrics.schema, yaml);
			if (r.ok) metrics.push({ id, file: f.path, data: r.data, yaml });
			else problems.push(...r.problems);
		}
	}

	for (const kind of Object.values(KINDS)) {
		if ('file' in kind && !files.some((f) => f.name === kind.file))
			problems.push({ file: `${folder}${kind.file}`, line: 1, col: 1, field: '(file)', message: `this file is missing: every content folder needs ${kind.file}` });
	}
	for (const [key, kind] of Object.entries(KINDS) as [KindKey, ContentKind][]) {
		const limit = LIMITS[key];
		const n = files.filter((f) => kind.pattern?.test(f.name)).length;
		if (limit && n > limit)
			problems.push({ file: `${folder}${kind.folder}/`, line: 1, col: 1, field: '(folder)', message: `there are ${n.toLocaleString('en-GB')} files here; the site takes at most ${limit.toLocaleString('en-GB')} ${kind.label}s` });
	}
	if (!whole) return { fileIds, site: site as Parsed<Site>, sources: sources as Parsed<Source[]>, commitments, metrics, updates, unchecked: 'all' };
	if (!site || !sources) return undefined;
	return { fileIds, site, sources, commitments, metrics, updates, unchecked: uncheckedAll ? 'all' : unchecked };
}


/** The commitment ids an update's fields name, read from fields that may not be valid. */
function mentioned(data: unknown): string[] {
	const d = data as { commitments?: unknown; status_changes?: unknown };
	const ids = [...(Array.isArray(d?.commitments) ? d.commitments : []), ...(Array.isArray(d?.status_changes) ? d.status_changes.map((c: { commitment?: unknown }) => c?.commitment) : [])];
	return ids.filter((x): x is string => typeof x === 'string');
}

/** Front matter is the YAML between the first two `---` lines. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
	const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
	return m ? { yaml: m[1], body: m[2] } : undefined;
}

/**
 * Things an editor probably meant to finish: placeholder text left by new:update, an update citing
 * no source, a series whose figures come from several sources without saying whether they measure
 * the same thing.
 */
function warnings(files: RawFile[], loaded: Loaded): Problem[] {
	const out: Problem[] = [];
	for (const m of loaded.metrics) {
		if (m.data.type !== 'series' || m.data.comparable !== undefined) continue;
		const sources = [...new Set(m.data.values.filter((v) => typeof v.value === 'number').map((v) => v.source))];
		if (sources.length > 1)
			out.push(
				problemAt(
					m.yaml,
					['values'],
					`these figures come from ${sources.length} sources (${sources.join(', ')}): if they measure the same thing, add "comparable: true"; if they may not, add "comparable: false". Until then the chart shows them apart, with no line and no change described`,
					'key'
				)
			);
	}
	const textOf = new Map(files.map((f) => [f.path, f.text]));
	for (const u of loaded.updates) {
		const lines = (textOf.get(u.file) ?? '').split('\n');
		lines.forEach((l, i) => {
			const col = l.indexOf(PLACEHOLDER);
			if (col >= 0) out.push({ file: u.file, line: i + 1, col: col + 1, field: '(text)', message: `replace the placeholder "${PLACEHOLDER}…" with the update before it is published`, unfinished: true });
		});
		if (!u.data.sources.length) {
			const line = lines.findIndex((l) => /^sources:/.test(l));
			out.push({ file: u.file, line: line >= 0 ? line + 1 : 1, col: 1, field: 'sources', message: 'this update cites no source: list the ids of the sources for its facts (content/sources.yaml)', unfinished: true });
		}
	}
	return out;
}
