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
	const fail = (message: string, line = 1, col = 1): ParsedYaml => ({ file, data: undefined, at: () => ({ line: line + lineOffset, col, found: false }), problems: [{ file, line: line + lineOffset, col, field: '(yaml)', message }] });
	let doc: ReturnType<typeof parseDocument>;
	try {
		doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
	} catch {
		// The parser itself gives up on some hostile input (very deep nesting).
		return fail(NESTED);
	}
	const pos = (offset: number, found: boolean): Pos => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, col, found };
	};
	const all = [...doc.errors, ...doc.warnings];
	// A tab used to indent trips other errors on the lines after it: report the tabs alone.
	const tabs = all.filter((e) => e.code === 'TAB_AS_INDENT');
	// One mistake trips the parser on many lines after it: report where it starts (each tab line,
	// or the first other error), and say the rest may follow from it.
	const shown = tabs.length ? tabs : all.slice(0, 1);
	const problems: Problem[] = shown.map((err) => {
		const lp = err.linePos?.[0] ?? { line: 1, col: 1 };
		const more = !tabs.length && all.length > 1 ? ' (the lines after it may be fine once this is fixed)' : '';
		return { file, line: lp.line + lineOffset, col: lp.col, field: '(yaml)', message: yamlHint(err.code, err.message.split('\n')[0]) + more };
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

	if (problems.length) return { file, data: undefined, at, problems };
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (e) {
		// An alias (*name) to an anchor that is not there, or aliases repeating values without end.
		const alias = /\*[^\s,\]}]+/.exec(text);
		const where = alias ? lineCounter.linePos(alias.index) : { line: 1, col: 1 };
		const message =
			e instanceof ReferenceError && /Unresolved alias/.test(e.message)
				? `"${alias?.[0] ?? '*'}" repeats a value marked with "&" that is not there: write the value out in full instead (content files do not need & and *)`
				: 'this file repeats values with YAML aliases (* and &) so many times that it is refused: write the values out in full';
		return fail(message, where.line, where.col);
	}
	return { file, data, at, problems };
}

const NESTED = 'this file nests brackets or lists too deeply to be read: write each list one item per line, starting "  - "';

/** The parser's error, in an editor's words: never the parser's own jargon. */
function yamlHint(code: string, message: string): string {
	if (code === 'DUPLICATE_KEY') return 'this field appears twice in the same block: keep one';
	if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs (your editor may have put a tab at the start of this line)';
	if (code === 'RESOURCE_EXHAUSTION') return NESTED;
	if (code === 'TAG_RESOLVE_FAILED' || code === 'BAD_TAG') return 'a value starting with "!" is read as a special YAML tag, which content files do not use: put the value in quotes';
	if (code === 'BAD_ALIAS' || code === 'BAD_ANCHOR') return 'a value starting with "&" or "*" is read as a YAML anchor or alias, which content files do not use: put the value in quotes';
	if (/block sequence may not be used as an implicit map key/.test(message))
		return 'a list cannot follow a value on the line above: if that line ends in [], delete the [] and keep one item per line starting "  - "';
	if (/compact mappings/.test(message))
		return 'a value that contains a colon followed by a space must be in quotes, e.g. title: "Casey review: final report"';
	if (/Flow sequence in block collection must be sufficiently indented/.test(message))
		return 'a list in square brackets [ ] is not closed before this line: add the "]" at its end (or, if the list goes on to this line, indent this line further), or write the list one item per line starting "  - "';
	if (/Flow sequence|end with a \]/.test(message)) return 'a list in square brackets [ ] is not closed: add the "]" at its end, or write the list one item per line starting "  - "';
	if (/Flow map|end with a \}/.test(message)) return 'a set of fields in curly brackets { } is not closed: add the "}" at its end';
	if (/closing "quote|closing 'quote/.test(message)) return 'a quoted value is not closed: add the closing quote (") at the end of the value';
	if (code === 'UNEXPECTED_TOKEN')
		return 'this line does not fit with the lines before it: check that it is indented like the other fields at its level (spaces only), and that a list (lines starting "- ") and fields (name: value) are not mixed at the same indentation';
	if (code === 'MISSING_CHAR')
		return 'something is not closed on this line: check that every quote (") and bracket ([ {) has its partner, and that each field is written as "name: value"';
	return 'this line cannot be read: check its indentation against the line before (spaces only), that each field is written as "name: value", and that quotes and brackets are closed';
}

export function problemAt(parsed: ParsedYaml, path: Path, message: string, part?: 'key' | 'value'): Problem {
	const { line, col } = parsed.at(path, part);
	return { file: parsed.file, line, col, field: fieldName(path), message };
}
