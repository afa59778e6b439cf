/**
 * Turns the files of a content folder into the site's content: parse with positions, validate
 * each file against its schema, cross-check references, then drop what is under embargo.
 * Pure: the same files and build date always give the same result.
 */
import * as schema from './schema';
import type { RawFile } from './files';
import { parseYaml, type ParsedYaml } from './locate';
import { checkSchema } from './check-schema';
import { sortProblems, type Problem } from './problems';
import { isRealDate } from './dates';
import { crossCheck } from './cross-check';
import { assemble, type Content } from './assemble';

export type { Content } from './assemble';

export interface Parsed<T> {
	id: string;
	file: string;
	data: T;
	yaml: ParsedYaml;
}

export interface UpdateParsed extends Parsed<schema.UpdateFrontMatter> {
	date: string;
	body: string;
}

export interface ParsedContent {
	/** ids of every commitment and metric file, valid or not, so one bad file does not make every reference to it an error too */
	fileIds: { commitments: Set<string>; metrics: Set<string> };
	site: Parsed<schema.Site>;
	sources: Parsed<schema.Source[]>;
	commitments: Parsed<schema.CommitmentFile>[];
	metrics: Parsed<schema.MetricFile>[];
	updates: UpdateParsed[];
}

/** Warnings do not stop a build: they point at something an editor probably meant to finish. */
export type LoadResult = { ok: true; content: Content; warnings: Problem[]; embargoed: number } | { ok: false; problems: Problem[] };

/** The text `npm run new:update` leaves for the editor to replace. */
export const PLACEHOLDER = 'Write the update here';

const UPDATE_NAME = /^updates\/(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const RECORD_NAME = /^(commitments|metrics)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;
const IGNORED = /(^|\/)README\.md$/i;

/**
 * @param folder the content folder as shown to editors, e.g. content/
 * @param render false when only checking (update text is then not rendered)
 */
export function loadContent(files: RawFile[], buildDate: string, folder = 'content/', render = true): LoadResult {
	const problems: Problem[] = [];
	const parsed = parseAll(files, folder, problems);
	if (parsed) problems.push(...crossCheck(parsed, buildDate));
	if (problems.length || !parsed) return { ok: false, problems: sortProblems(problems) };
	const embargoed = parsed.updates.filter((u) => u.data.publish_at && u.data.publish_at > buildDate).length;
	return { ok: true, content: assemble(parsed, buildDate, render), warnings: warnings(files, parsed), embargoed };
}

function parseAll(files: RawFile[], folder: string, problems: Problem[]): ParsedContent | undefined {
	let site: Parsed<schema.Site> | undefined;
	let sources: Parsed<schema.Source[]> | undefined;
	const commitments: Parsed<schema.CommitmentFile>[] = [];
	const metrics: Parsed<schema.MetricFile>[] = [];
	const updates: UpdateParsed[] = [];
	const fileProblem = (f: RawFile, message: string): void => {
		problems.push({ file: f.path, line: 1, col: 1, field: '(file name)', message });
	};

	for (const f of files) {
		if (IGNORED.test(f.name)) continue;
		if (f.name === 'site.yaml') {
			const yaml = parseYaml(f.path, f.text);
			const r = checkSchema(schema.site, yaml);
			if (r.ok) site = { id: 'site', file: f.path, data: r.data, yaml };
			else problems.push(...r.problems);
			continue;
		}
		if (f.name === 'sources.yaml') {
			const yaml = parseYaml(f.path, f.text);
			const r = checkSchema(schema.sources, yaml);
			if (r.ok) sources = { id: 'sources', file: f.path, data: r.data.sources, yaml };
			else problems.push(...r.problems);
			continue;
		}
		const record = RECORD_NAME.exec(f.name);
		if (record) {
			const yaml = parseYaml(f.path, f.text);
			if (record[1] === 'commitments') {
				const r = checkSchema(schema.commitment, yaml);
				if (r.ok) commitments.push({ id: record[2], file: f.path, data: r.data, yaml });
				else problems.push(...r.problems);
			} else {
				const r = checkSchema(schema.metric, yaml);
				if (r.ok) metrics.push({ id: record[2], file: f.path, data: r.data, yaml });
				else problems.push(...r.problems);
			}
			continue;
		}
		const update = UPDATE_NAME.exec(f.name);
		if (update) {
			if (!isRealDate(update[1])) {
				fileProblem(f, `the date in the file name (${update[1]}) is not a real date: rename the file as YYYY-MM-DD-short-title.md`);
				continue;
			}
			const fm = splitFrontMatter(f.text);
			if (!fm) {
				fileProblem(f, 'an update starts with a line "---", then its fields, then another "---" line, then the text');
				continue;
			}
			const yaml = parseYaml(f.path, fm.yaml, 1);
			const r = checkSchema(schema.update, yaml);
			if (r.ok)
				updates.push({ id: `${update[1]}-${update[2]}`, date: update[1], file: f.path, data: r.data, yaml, body: fm.body });
			else problems.push(...r.problems);
			continue;
		}
		fileProblem(f, misplacedFileHint(f.name));
	}

	for (const name of ['site.yaml', 'sources.yaml']) {
		if (!files.some((f) => f.name === name)) problems.push(missingFile(folder, name));
	}
	if (!site || !sources) return undefined;
	const fileIds = { commitments: new Set<string>(), metrics: new Set<string>() };
	for (const f of files) {
		const m = RECORD_NAME.exec(f.name);
		if (m) (m[1] === 'commitments' ? fileIds.commitments : fileIds.metrics).add(m[2]);
	}
	return { fileIds, site, sources, commitments, metrics, updates };
}

function missingFile(folder: string, name: string): Problem {
	return { file: `${folder}${name}`, line: 1, col: 1, field: '(file)', message: `this file is missing: every content folder needs ${name}` };
}

function misplacedFileHint(name: string): string {
	if (/^updates\//.test(name))
		return 'name update files YYYY-MM-DD-short-title.md, in lower case with hyphens, e.g. updates/2023-03-21-casey-final-report.md';
	if (/^(commitments|metrics)\/.*\.yml$/.test(name)) return 'rename the file to end in .yaml (not .yml)';
	if (/^(commitments|metrics)\//.test(name))
		return 'name the file after its id, in lower case with hyphens, ending .yaml, e.g. casey-review.yaml';
	return 'this file is not part of the content model: move it into commitments/, metrics/ or updates/, or remove it';
}

/** Front matter is the YAML between the first two `---` lines. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
	const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
	return m ? { yaml: m[1], body: m[2] } : undefined;
}

/** Things an editor probably meant to finish: placeholder text left by new:update, an update citing no source. */
function warnings(files: RawFile[], parsed: ParsedContent): Problem[] {
	const out: Problem[] = [];
	const textOf = new Map(files.map((f) => [f.path, f.text]));
	for (const u of parsed.updates) {
		const text = textOf.get(u.file) ?? '';
		const lines = text.split('\n');
		lines.forEach((l, i) => {
			const col = l.indexOf(PLACEHOLDER);
			if (col >= 0) out.push({ file: u.file, line: i + 1, col: col + 1, field: '(text)', message: `replace the placeholder "${PLACEHOLDER}…" with the update before it is published` });
		});
		if (!u.data.sources.length) {
			const line = lines.findIndex((l) => /^sources:/.test(l));
			out.push({ file: u.file, line: line >= 0 ? line + 1 : 1, col: 1, field: 'sources', message: 'this update cites no source: list the ids of the sources for its facts (content/sources.yaml)' });
		}
	}
	return out;
}
