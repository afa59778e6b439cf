/**
 * The one embargo rule: a record with `publish_at` is published from that day (in London), never
 * before. The validator, the model and every writer ask this function and nothing else.
 */
export const isPublished = (publishAt: string | undefined, buildDate: string): boolean => publishAt === undefined || publishAt <= buildDate;

/**
 * Content files under embargo on the build date, read from their text so that even a file too
 * broken to load is known: in a shared log (CI) their names and problems are not printed, since an
 * update's file name is its title.
 */
export function embargoedFiles(files: { path: string; text: string }[], buildDate: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of files) {
		const m = /^publish_at:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(f.text);
		if (m && !isPublished(m[1], buildDate)) out.set(f.path, m[1]);
	}
	return out;
}
