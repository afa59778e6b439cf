/**
 * The kinds of content file, each declared once: where its files live and how they are named,
 * its schema, and the JSON Schema editors get. The loader, the validator's hints, the JSON Schema
 * generator and the CMS configuration all read this registry.
 */
import type { z } from 'zod';
import * as schema from './schema';

export interface ContentKind {
	/** what one record is called, for editors */
	label: string;
	schema: z.ZodType;
	/** YAML files, or markdown with YAML front matter */
	format: 'yaml' | 'markdown';
	/** the one file of a single-file kind (site.yaml), or the folder of a folder kind */
	file?: string;
	folder?: string;
	/** for folder kinds: the file name pattern, with named groups `id` (and `date` for dated files) */
	pattern?: RegExp;
	/** the naming rule in words, for an editor whose file does not match */
	naming?: string;
	jsonSchema: { file: string; title: string };
}

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const KINDS = {
	site: {
		label: 'site settings',
		schema: schema.site,
		format: 'yaml',
		file: 'site.yaml',
		jsonSchema: { file: 'site.schema.json', title: 'Reform Tracker: site settings (content/site.yaml)' }
	},
	sources: {
		label: 'sources',
		schema: schema.sources,
		format: 'yaml',
		file: 'sources.yaml',
		jsonSchema: { file: 'sources.schema.json', title: 'Reform Tracker: sources (content/sources.yaml)' }
	},
	commitments: {
		label: 'commitment',
		schema: schema.commitment,
		format: 'yaml',
		folder: 'commitments',
		pattern: new RegExp(`^commitments/(?<id>${ID})\\.yaml$`),
		naming: 'name the file after its id, in lower case with hyphens, ending .yaml, e.g. casey-review.yaml',
		jsonSchema: { file: 'commitment.schema.json', title: 'Reform Tracker: a commitment (content/commitments/<id>.yaml)' }
	},
	metrics: {
		label: 'metric',
		schema: schema.metric,
		format: 'yaml',
		folder: 'metrics',
		pattern: new RegExp(`^metrics/(?<id>${ID})\\.yaml$`),
		naming: 'name the file after its id, in lower case with hyphens, ending .yaml, e.g. officers-suspended.yaml',
		jsonSchema: { file: 'metric.schema.json', title: 'Reform Tracker: a metric (content/metrics/<id>.yaml)' }
	},
	updates: {
		label: 'update',
		schema: schema.update,
		format: 'markdown',
		folder: 'updates',
		pattern: new RegExp(`^updates/(?<date>\\d{4}-\\d{2}-\\d{2})-(?<slug>${ID})\\.md$`),
		naming: 'name update files YYYY-MM-DD-short-title.md, in lower case with hyphens, e.g. updates/2023-03-21-casey-final-report.md',
		jsonSchema: { file: 'update.schema.json', title: 'Reform Tracker: the front matter of an update (content/updates/YYYY-MM-DD-title.md)' }
	}
} as const satisfies Record<string, ContentKind>;

export type KindKey = keyof typeof KINDS;
export type FolderKind = { [K in KindKey]: (typeof KINDS)[K] extends { folder: string } ? K : never }[KindKey];
export type Output<K extends KindKey> = z.output<(typeof KINDS)[K]['schema']>;

/** The kind a content file belongs to, by its name relative to the content folder. */
export function kindOf(name: string): KindKey | undefined {
	for (const [key, kind] of Object.entries(KINDS) as [KindKey, ContentKind][]) {
		if (kind.file === name || kind.pattern?.test(name)) return key;
	}
	return undefined;
}

/** What to tell an editor whose file matches no kind. */
export function misplacedFileHint(name: string): string {
	for (const kind of Object.values(KINDS) as ContentKind[]) {
		if (!kind.folder || !name.startsWith(`${kind.folder}/`)) continue;
		if (kind.format === 'yaml' && name.endsWith('.yml')) return 'rename the file to end in .yaml (not .yml)';
		return kind.naming ?? '';
	}
	const folders = (Object.values(KINDS) as ContentKind[]).flatMap((k) => (k.folder ? [`${k.folder}/`] : []));
	return `this file is not part of the content model: move it into ${folders.slice(0, -1).join(', ')} or ${folders.at(-1)}, or remove it`;
}

/**
 * The most files of each kind the site takes. With these, the largest file (MAX_FILE_BYTES) and the
 * schemas' limits on lists and text, a build stays within its memory; see the README.
 */
export const LIMITS: Partial<Record<KindKey, number>> = { commitments: 5000, metrics: 1000, updates: 50_000 };

/** The largest content file the site takes; a larger one is refused before it is parsed. */
export const MAX_FILE_BYTES = 1024 * 1024;
