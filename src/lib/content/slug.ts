/** A file-name slug from a title: lower case, ASCII letters and digits joined by hyphens, at most 60 characters, cut at a word. */
export function slugify(title: string): string {
	const s = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return s.length > 60 ? s.slice(0, 61).replace(/-[^-]*$/, '') : s;
}
