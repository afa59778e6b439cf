/**
 * A problem is one thing an editor must fix, pointing at a file, a line and a column.
 * Problems are collected, never thrown one at a time, so an editor sees every mistake at once.
 */
export interface Problem {
	file: string;
	line: number;
	col: number;
	field: string;
	message: string;
	/** a warning about something left unfinished (placeholder text, no source): it stops a build for publication */
	unfinished?: true;
}

export type Path = ReadonlyArray<string | number>;

/** `commitments[2].source` style, counting list items from 1 as an editor reads the file. */
export function fieldName(path: Path): string {
	let out = '';
	for (const seg of path) {
		out += typeof seg === 'number' ? `[${seg + 1}]` : out ? `.${seg}` : seg;
	}
	return out || '(file)';
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.col}  ${p.field}  ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col
	);
}

/** Edit distance, for "did you mean". Content ids are short, so the plain algorithm is enough. */
export function distance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const keep = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = keep;
		}
	}
	return prev[b.length];
}

/** The nearest candidate, if it is close enough to be a plausible typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const c of candidates) {
		const d = distance(word, c);
		if (d < bestScore) [best, bestScore] = [c, d];
	}
	if (best === undefined) return undefined;
	const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
	return bestScore <= limit || best.startsWith(word) || word.startsWith(best) ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
	const n = nearest(word, candidates);
	return n ? `; did you mean "${n}"?` : '';
}
