/** Markup one element per line, indented, so a snapshot's diff shows what changed. */
export function pretty(markup: string): string {
	const tokens = markup.replace(/<!--[\s\S]*?-->/g, '').match(/<[^>]+>|[^<]+/g) ?? [];
	const lines: string[] = [];
	let depth = 0;
	for (const t of tokens) {
		if (t.startsWith('</')) {
			depth = Math.max(0, depth - 1);
			lines.push(`${'\t'.repeat(depth)}${t}`);
		} else if (t.startsWith('<')) {
			lines.push(`${'\t'.repeat(depth)}${t}`);
			if (!t.endsWith('/>') && !t.startsWith('<?') && !t.startsWith('<!')) depth++;
		} else if (t.trim()) lines.push(`${'\t'.repeat(depth)}${t.trim()}`);
	}
	return lines.join('\n') + '\n';
}
