/**
 * What the loader hands on: every file parsed and checked, with its positions, embargoed or not.
 * Deriving what readers see (embargo, statuses, figures) is the model's work, not the loader's.
 */
import type { ParsedYaml } from './locate';
import type { Problem } from './problems';
import type { CommitmentFile, MetricFile, Site, Source, UpdateFrontMatter } from './schema';

export interface Parsed<T> {
	id: string;
	file: string;
	data: T;
	yaml: ParsedYaml;
}

export interface UpdateParsed extends Parsed<UpdateFrontMatter> {
	/** the date in the file name */
	date: string;
	/** the markdown after the front matter */
	body: string;
}

export interface Loaded {
	/** ids of every commitment and metric file, valid or not, so one bad file does not make every reference to it an error too */
	fileIds: { commitments: Set<string>; metrics: Set<string> };
	site: Parsed<Site>;
	sources: Parsed<Source[]>;
	commitments: Parsed<CommitmentFile>[];
	metrics: Parsed<MetricFile>[];
	updates: UpdateParsed[];
	/** commitments whose status chains are not checked, because an update naming them could not be read ('all' when one could not be read at all) */
	unchecked: Set<string> | 'all';
}

/** Warnings do not stop a build: they point at something an editor probably meant to finish. */
/**
 * `warnings`: what an editor probably meant to finish; `stops`: those of them a build for
 * publication stops on (unfinished work in what it would publish, not what is under embargo).
 */
export type LoadResult = { ok: true; content: Loaded; warnings: Problem[]; stops: Problem[] } | { ok: false; problems: Problem[] };
