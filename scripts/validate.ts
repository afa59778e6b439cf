/**
 * npm run validate: checks the content folder (CONTENT_DIR, default content/) and lists every
 * problem at once. Exit 0 when clean, 1 otherwise. Never prints a stack trace.
 */
import { contentDir, loadFolder } from '../src/lib/content/index';
import { resolveBuildDate, BuildDateError } from '../src/lib/content/build-date';
import { formatProblem } from '../src/lib/content/problems';
import { embargoedFiles, isPublished } from '../src/lib/content/embargo';
import { readContentDir } from '../src/lib/content/files';
import type { Problem } from '../src/lib/content/problems';
import { relative } from 'node:path';

function main(): number {
	const started = performance.now();
	let buildDate: string;
	try {
		buildDate = resolveBuildDate(process.env, () => new Date());
	} catch (e) {
		if (e instanceof BuildDateError) {
			console.error(e.message);
			return 1;
		}
		throw e;
	}
	const dir = contentDir(process.env);
	const result = loadFolder(dir, buildDate);
	const shown = relative(process.cwd(), dir) || '.';
	// In a shared log (CI sets CI=true), a file under embargo is not named: its name is its title.
	const hidden = process.env.CI && process.env.CI !== 'false' ? embargoedFiles(readContentDir(dir).map((f) => ({ ...f, path: `${shown}/${f.name}` })), buildDate) : new Map<string, string>();
	const line = (p: Problem): string => {
		const until = hidden.get(p.file);
		return until ? `(a file under embargo until ${until})  a problem not shown in this shared log: run npm run validate on your own computer to see it` : formatProblem(p);
	};
	if (!result.ok) {
		const n = result.problems.length;
		console.error(`${n} problem${n === 1 ? '' : 's'} in ${shown}/ (build date ${buildDate}). Fix each one, then run npm run validate again:\n`);
		for (const p of result.problems) console.error(line(p));
		console.error('\nEach line reads: file:line:column  field  what to write instead. The guide is content/README.md.');
		return 1;
	}
	// A build for publication (npm run build sets PUBLICATION=1) stops on anything left unfinished in what it would publish; a preview shows it, with a warning.
	const stops = process.env.PUBLICATION === '1' ? result.stops : [];
	for (const w of result.warnings) if (!stops.includes(w)) console.warn(`Warning: ${line(w)}`);
	if (stops.length) {
		const n = stops.length;
		console.error(`${n} thing${n === 1 ? '' : 's'} to finish before ${shown}/ can be published (build date ${buildDate}):\n`);
		for (const p of stops) console.error(line(p));
		console.error('\nA build for publication stops on these. npm run preview and npm start still show the site, with a warning on every page.');
		return 1;
	}
	const c = result.content;
	const published = c.updates.filter((u) => isPublished(u.data.publish_at, buildDate)).length;
	const underEmbargo = c.updates.length - published;
	const ms = Math.round(performance.now() - started);
	console.log(
		`${shown}/ is valid (build date ${buildDate}): ${c.commitments.length} commitments, ${c.metrics.length} metrics, ` +
			`${published} published updates${underEmbargo ? ` (and ${underEmbargo} under embargo, checked but not published)` : ''}, ${c.sources.data.length} sources, checked in ${ms} ms.`
	);
	return 0;
}

try {
	process.exitCode = main();
} catch (e) {
	// An unexpected failure is our bug, not the editor's: say so plainly, without a stack trace.
	console.error(`The validator itself failed: ${e instanceof Error ? e.message : String(e)}. Please report this to the developers.`);
	process.exitCode = 2;
}
