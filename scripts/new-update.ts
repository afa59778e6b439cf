/**
 * npm run new:update: scaffolds a correctly named, valid update file and says what to do next.
 *
 *   npm run new:update -- --commitment casey-review --title "Final report published" [--date 2026-12-01]
 *                         [--publish-at 2026-12-01] [--status delivered] [--summary "One sentence."]
 *
 * Run without options in a terminal, it asks for each in turn.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir, loadFolder } from '../src/lib/content/index';
import { isRealDate, todayInLondon } from '../src/lib/content/dates';
import { didYouMean, formatProblem } from '../src/lib/content/problems';
import { PLACEHOLDER } from '../src/lib/content/load';
import { STATUSES } from '../src/lib/content/schema';
import { slugify } from '../src/lib/content/slug';
import { updateText } from '../src/lib/content/write';
import { createModel } from '../src/lib/model';
import { LOCAL_URL, siteAddress } from '../src/lib/model/addresses';

const USAGE = `Usage: npm run new:update -- --commitment ID [--commitment ID2] --title "Title" [--date YYYY-MM-DD] [--publish-at YYYY-MM-DD] [--status STATUS] [--summary "One sentence."]
Run it with no options in a terminal to be asked for each.`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			commitment: { type: 'string', multiple: true, short: 'c' },
			title: { type: 'string', short: 't' },
			date: { type: 'string', short: 'd' },
			'publish-at': { type: 'string' },
			status: { type: 'string' },
			summary: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		},
		strict: true
	});
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const dir = contentDir(process.env);
	const today = todayInLondon(new Date());
	// Load everything, embargoed or not, to know every commitment and its latest status.
	const loaded = loadFolder(dir, '9999-12-31');
	if (!loaded.ok) {
		console.error('The content has problems to fix first (npm run validate lists them):\n');
		for (const p of loaded.problems) console.error(formatProblem(p));
		process.exit(1);
	}
	// The status each commitment will have once every update, embargoed or not, is out.
	const commitments = createModel(loaded.content, { buildDate: '9999-12-31', site: siteAddress(LOCAL_URL) }).commitments;
	const ids = commitments.map((c) => c.id);

	const interactive = process.stdin.isTTY && !values.commitment && !values.title;
	if (interactive) {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		console.log('Commitments:');
		commitments.forEach((c, i) => console.log(`  ${String(i + 1).padStart(2)}. ${c.id} – ${c.title}`));
		const picked = await rl.question('Which commitment(s) is the update about? Numbers or ids, separated by commas: ');
		values.commitment = picked.split(',').map((x) => x.trim()).filter(Boolean).map((x) => (/^\d+$/.test(x) ? (ids[Number(x) - 1] ?? x) : x));
		values.title = (await rl.question('Title (a short sentence saying what happened): ')).trim();
		values.date = (await rl.question(`Date of the update [${today}]: `)).trim() || today;
		const embargo = (await rl.question('Publish later? Embargo date YYYY-MM-DD, or Enter to publish on the date: ')).trim();
		if (embargo) values['publish-at'] = embargo;
		if (values.commitment.length === 1) {
			const status = (await rl.question(`Does it change the status? One of ${STATUSES.join(', ')}, or Enter for no change: `)).trim();
			if (status) values.status = status;
		}
		rl.close();
	}

	const chosen = values.commitment ?? [];
	if (!chosen.length) fail('Say which commitment the update is about: --commitment ID (ids are the file names in content/commitments/).');
	for (const c of chosen) if (!ids.includes(c)) fail(`There is no commitment "${c}"${didYouMean(c, ids)}`);
	const title = values.title?.trim();
	if (!title) fail('Give the update a title: --title "What happened".');
	// An embargoed update is usually dated the day it comes out.
	const date = values.date ?? values['publish-at'] ?? today;
	if (!isRealDate(date)) fail(`The date must be a real date written YYYY-MM-DD, e.g. ${today} (got "${date}").`);
	const publishAt = values['publish-at'];
	if (publishAt !== undefined && (!isRealDate(publishAt) || publishAt < date)) fail(`--publish-at must be a real date YYYY-MM-DD, on or after ${date}.`);
	const status = values.status;
	if (status !== undefined) {
		if (chosen.length !== 1) fail('A status change needs exactly one --commitment.');
		if (!(STATUSES as readonly string[]).includes(status)) fail(`--status must be one of: ${STATUSES.join(', ')}`);
	}
	const slug = slugify(title) || 'update';
	const file = join(dir, 'updates', `${date}-${slug}.md`);
	if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists: choose another title or date.`);

	const current = commitments.find((c) => c.id === chosen[0])?.status;
	const unchanged = status !== undefined && status === current;
	const front = {
		title,
		summary: values.summary?.trim() || `${PLACEHOLDER}: one sentence saying what happened.`,
		commitments: chosen,
		...(status !== undefined && !unchanged ? { status_changes: [{ commitment: chosen[0], from: current, to: status }] } : {}),
		...(publishAt ? { publish_at: publishAt } : {})
	};
	// The same writer as the CMS; then an empty sources list, with how to fill it in.
	const text = updateText(front, `${PLACEHOLDER}, in plain English: what happened, when, and what the source says.`).replace(
		/\n---\n/,
		'\nsources:\n  # Below this line, one per line, the id of each source this update relies on (from content/sources.yaml), e.g.\n  # - met-hotton-statement\n---\n'
	);
	mkdirSync(join(dir, 'updates'), { recursive: true });
	writeFileSync(file, text);
	const shown = relative(process.cwd(), file);

	const check = loadFolder(dir, '9999-12-31');
	if (!check.ok) {
		console.error(`Created ${shown}, but the content now has problems:\n`);
		for (const p of check.problems) console.error(formatProblem(p));
		process.exit(1);
	}
	if (unchanged) console.log(`${chosen[0]} is already "${status}", so this update records no status change. To change its status, run this again with another --status.\n`);
	console.log(`Created ${shown}

Next:
  1. Open ${shown} and replace the text that starts "${PLACEHOLDER}" (the summary and the text below the second ---).
  2. Under sources:, add a line "  - id" for each source it relies on (the ids are in content/sources.yaml).
  3. Check it:   npm run validate
  4. See it:     ${publishAt ? `BUILD_DATE=${publishAt} ` : ''}npm run preview${publishAt ? `   (shows the site as it will be on ${publishAt}, embargo lifted)` : ''}
  5. Publish:    commit the file; the site is rebuilt with npm run build.`);
}

await main();
