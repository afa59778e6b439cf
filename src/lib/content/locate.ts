/**
 * Parses YAML keeping positions, so that a problem found later (by zod, or by a cross-check)
 * can be reported at the line and column an editor sees in their file.
 */
import { LineCounter, parseDocument, isMap, isNode, isSeq, isScalar } from 'yaml';
import type { Path, Problem } from './problems';
import { fieldName } from './problems';

export interface Pos {
	line: number;
	col: number;
	/** false when the path is missing and the position is that of its nearest parent */
	found: boolean;
}

export interface ParsedYaml {
	file: string;
	data: unknown;
	at(path: Path, part?: 'key' | 'value'): Pos;
	/** YAML syntax problems; when there are any, `data` must not be used */
	problems: Problem[];
}

/**
 * @param lineOffset lines before the YAML starts in the file (front matter starts after `---`)
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
	const pos = (offset: number, found: boolean): Pos => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, col, found };
	};
	const seen = new Set<string>();
	const problems: Problem[] = [...doc.errors, ...doc.warnings].flatMap((err) => {
		const lp = err.linePos?.[0] ?? { line: 1, col: 1 };
		const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		// One mistake often trips several parser errors on the same line: report the first, which has the best hint.
		const key = String(lp.line);
		if (seen.has(key)) return [];
		seen.add(key);
		return [{ file, line: lp.line + lineOffset, col: lp.col, field: '(yaml)', message: yamlHint(err.code, first) }];
	});

	function at(path: Path, part: 'key' | 'value' = 'value'): Pos {
		let node: unknown = doc.contents;
		let last = pos(0, path.length === 0);
		for (let i = 0; i < path.length; i++) {
			const seg = path[i];
			const isLast = i === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
				if (!pair) return { ...last, found: false };
				const keyNode = isNode(pair.key) ? pair.key : null;
				const valueNode = isNode(pair.value) ? pair.value : null;
				const keyPos = pos(keyNode?.range?.[0] ?? 0, true);
				if (isLast && (part === 'key' || !valueNode?.range)) return keyPos;
				if (isScalar(valueNode) && valueNode.value === null) return keyPos;
				last = valueNode?.range ? pos(valueNode.range[0], true) : keyPos;
				node = valueNode;
			} else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
				const item: unknown = node.items[seg];
				last = pos((isNode(item) ? item.range?.[0] : undefined) ?? 0, true);
				node = item;
			} else {
				return { ...last, found: false };
			}
		}
		return last;
	}

	const data = problems.length ? undefined : doc.toJS({ maxAliasCount: 100 });
	return { file, data, at, problems };
}

function yamlHint(code: string, message: string): string {
	if (code === 'DUPLICATE_KEY') return 'this field appears twice in the same block: keep one';
	if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
	if (/block sequence may not be used as an implicit map key/.test(message))
		return 'a list cannot follow a value on the line above: if that line ends in [], delete the [] and keep one item per line starting "  - "';
	if (/compact mappings/.test(message))
		return 'a value that contains a colon followed by a space must be in quotes, e.g. title: "Casey review: final report"';
	return `YAML syntax error (${message.replace(/\.$/, '')}): check the indentation of this line and the next, that each field is written as "name: value", and that brackets and quotes are closed`;
}

export function problemAt(parsed: ParsedYaml, path: Path, message: string, part?: 'key' | 'value'): Problem {
	const { line, col } = parsed.at(path, part);
	return { file: parsed.file, line, col, field: fieldName(path), message };
}
