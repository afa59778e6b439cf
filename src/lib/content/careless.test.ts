/**
 * Careless and hostile content: every case is reported at its place, in words an editor can act
 * on, and never as a crash, a parser's jargon or a problem in the wrong file.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { formatProblem } from './problems';
import { decode } from './files';
import { edited, goodFiles, type Edit } from '../../../tests/helpers/fixtures';

const DATE = '2026-06-30';
const SP = 'commitments/standards-posts.yaml';
const problems = (edits: Edit[]): string[] => {
	const r = loadContent(edited(edits), DATE);
	return r.ok ? [] : r.problems.map(formatProblem);
};
const JARGON = /Invalid input|expected \w+, received|Unresolved|Maximum call stack|Flow sequence|compact mapping|indicator|scalar|token|ReferenceError|did you mean "by"/i;

const cases: { name: string; edits: Edit[]; expected: string[] }[] = [
	{ name: 'a number in quotes', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: "183"' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  write 183 without quotes, so it is read as a number'] },
	{ name: 'a percentage sign', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: 51%' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  write 51 without the % sign (a share is a metric with unit: percent)'] },
	{ name: 'thousands separators', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: 1,988' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  write 1988 without commas'] },
	{ name: '"Not Published" in capitals', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: Not Published' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  write "not published" in lower case'] },
	{ name: 'a negative count', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: -52' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  a figure cannot be below 0'] },
	{ name: 'a fraction of officers', edits: [{ file: 'metrics/dismissals-by-year.yaml', replace: 'value: 52', with: 'value: 52.5' }], expected: ['content/metrics/dismissals-by-year.yaml:8:12  values[1].value  this metric counts officers, so its figures are whole numbers'] },
	{ name: 'a negative part', edits: [{ file: 'metrics/case-outcomes.yaml', replace: 'value: 1\n', with: 'value: -1\n' }], expected: ['content/metrics/case-outcomes.yaml:11:12  parts[1].value  a figure cannot be below 0'] },
	{
		name: 'a whole file written as a list',
		edits: [{ file: 'metrics/case-outcomes.yaml', replace: 'type: breakdown\ntitle: Outcomes for the officers investigated', with: '- type: breakdown\n- title: Outcomes for the officers investigated' }],
		expected: ['content/metrics/case-outcomes.yaml:3:1  (yaml)  this line does not fit with the lines before it']
	},
	{ name: 'a file that is only a list', edits: [{ file: 'metrics/x-list.yaml', add: '- a\n- b\n' }], expected: ['content/metrics/x-list.yaml:1:1  (file)  this file is a list (its lines start with "- "), but it should be a set of fields written name: value'] },
	{ name: 'brackets nested thousands deep', edits: [{ file: SP, replace: 'lead: Head of local policing', with: `lead: ${'['.repeat(3000)}` }], expected: ['content/commitments/standards-posts.yaml:4:'] },
	{ name: 'a list in brackets carried on to a line that is not indented', edits: [{ file: SP, replace: 'metrics: [dismissals-by-year]', with: 'metrics: [dismissals-by-year,\nother]' }], expected: ['content/commitments/standards-posts.yaml:19:1  (yaml)  a list in square brackets [ ] is not closed before this line: add the "]" at its end (or, if the list goes on to this line, indent this line further)'] },
	{ name: 'a YAML tag', edits: [{ file: SP, replace: 'lead: Head of local policing', with: 'lead: !!js/function x' }], expected: ['content/commitments/standards-posts.yaml:4:7  (yaml)  a value starting with "!" is read as a special YAML tag, which content files do not use: put the value in quotes'] },
	{ name: 'an alias to an anchor that is not there', edits: [{ file: SP, replace: 'lead: Head of local policing', with: 'lead: *nope' }], expected: ['content/commitments/standards-posts.yaml:4:7  (yaml)  "*nope" repeats a value marked with "&" that is not there'] },
	{
		name: 'an alias bomb',
		edits: [{ file: SP, replace: 'lead: Head of local policing', with: `lead: x\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]` }],
		expected: ['content/commitments/standards-posts.yaml:6:8  (yaml)  this file repeats values with YAML aliases (* and &) so many times that it is refused']
	},
	{ name: 'indenting with a tab', edits: [{ file: SP, replace: '  original: 2023-01-31', with: '\toriginal: 2023-01-31' }], expected: ['content/commitments/standards-posts.yaml:17:1  (yaml)  indent with spaces, not tabs'] },
	{ name: 'a YAML merge key', edits: [{ file: SP, replace: 'lead: Head of local policing', with: 'lead: Head of local policing\n<<: {x: 1}' }], expected: ['content/commitments/standards-posts.yaml:5:1  <<  YAML merge keys (<<) are not used in content files: write the fields out in full'] },
	{
		name: 'a wrong field in one update is not also reported against the next',
		edits: [
			{ file: 'updates/2022-02-01-review-begins.md', replace: 'sources: [example-statement]', with: 'sources: [example-statement]\nstatus_changes:\n  - commitment: independent-review\n    from: in_progress\n    to: delayed\n    note: 5' },
			{ file: 'updates/2023-03-21-final-report.md', replace: 'from: in_progress', with: 'from: delayed' }
		],
		expected: ['content/updates/2022-02-01-review-begins.md:10:11  status_changes[1].note  write this as text in quotes, e.g. "5"']
	},
	{ name: 'front matter that is never closed', edits: [{ file: 'updates/2022-02-01-review-begins.md', replace: 'sources: [example-statement]\n---', with: 'sources: [example-statement]' }], expected: ['content/updates/2022-02-01-review-begins.md:1:1  (front matter)  the fields at the top start with a line "---" but no line "---" ends them: add a line with only --- after the last field'] },
	{ name: 'a javascript: link', edits: [{ file: 'sources.yaml', replace: 'url: https://example.org/report', with: 'url: JavaScript:alert(1)' }], expected: ['content/sources.yaml:10:10  sources[2].url  links must start https:// or http://; "javascript:" links are not allowed, because they can run code or hide content'] },
	{ name: 'a javascript: link split by a tab', edits: [{ file: 'sources.yaml', replace: 'url: https://example.org/report', with: 'url: "java\\tscript:alert(1)"' }], expected: ['content/sources.yaml:10:10  sources[2].url  a web address cannot contain spaces, tabs or line breaks'] },
	{ name: 'a vbscript: link on a reporting route', edits: [{ file: 'site.yaml', replace: '    how: Report through the website.', with: '    how: Report through the website.\n    url: "vbscript:msgbox(1)"' }], expected: ['content/site.yaml:10:10  reporting_routes[1].url  links must start https://, http:// or mailto:; "vbscript:" links are not allowed'] },
	{ name: 'a data: link', edits: [{ file: 'sources.yaml', replace: 'url: https://example.org/report', with: 'url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="' }], expected: ['content/sources.yaml:10:10  sources[2].url  links must start https:// or http://; "data:" links are not allowed'] },
	{ name: 'a base_url with a quote in it', edits: [{ file: 'site.yaml', replace: 'licence:', with: 'base_url: "https://x.org/a\\"><script>"\nlicence:' }], expected: ['content/site.yaml:4:11  base_url  a web address cannot contain quotes, < > or { } characters'] },
	{ name: 'a control character pasted into a title', edits: [{ file: SP, replace: 'title: Create standards posts', with: 'title: "Create \\u0007standards posts"' }], expected: ['content/commitments/standards-posts.yaml:1:8  title  this text has an invisible control character in it'] },
	{ name: 'a phone number with words in it', edits: [{ file: 'site.yaml', replace: '    how: Report through the website.', with: '    how: Report through the website.\n    phone: "call us"' }], expected: ['content/site.yaml:10:12  reporting_routes[1].phone  write the number with digits and spaces only'] },
	{ name: 'an update dated after today with no embargo', edits: [{ file: 'updates/2026-12-01-not-yet.md', add: '---\ntitle: Not yet\ncommitments: [independent-review]\nsources: [example-statement]\n---\nText.' }], expected: ['content/updates/2026-12-01-not-yet.md:2:1  (file)  this update is dated 2026-12-01 (in its file name), after today (2026-06-30), but has no publish_at'] },
	{ name: 'a milestone done in the future', edits: [{ file: 'commitments/independent-review.yaml', replace: '  - date: 2023-03-21\n    title: Final report published\n    done: true', with: '  - date: 2027-03-21\n    title: Final report published\n    done: true' }], expected: ['content/commitments/independent-review.yaml:26:11  milestones[2].done  this milestone is marked done but dated 2027-03-21, after today'] },
	{ name: 'thousands of milestones', edits: [{ file: SP, replace: 'metrics: [dismissals-by-year]', with: `metrics: [dismissals-by-year]\nmilestones:\n${'  - {date: 2022, title: x, done: true, source: example-statement}\n'.repeat(201)}` }], expected: ['content/commitments/standards-posts.yaml:20:3  milestones  list at most 200 milestones'] }
];

describe('careless and hostile content', () => {
	it.each(cases)('$name', ({ edits, expected }) => {
		const got = problems(edits);
		expect(got.length, got.join('\n')).toBe(expected.length);
		expected.forEach((line, i) => expect(got[i].startsWith(line), `${got[i]}\n  should start with\n${line}`).toBe(true));
		for (const g of got) expect(g).not.toMatch(JARGON);
	});

	it('a file in Latin-1 is refused at the file, not published with replacement characters', () => {
		const files = goodFiles();
		const bytes = new Uint8Array([...new TextEncoder().encode('title: Caf'), 0xe9, 0x20, 0xa3, 0x31, 0x30, 0x30]);
		files.push({ name: 'commitments/latin.yaml', path: 'content/commitments/latin.yaml', ...decode(bytes) });
		const r = loadContent(files, DATE);
		expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['content/commitments/latin.yaml:1:1  (file)  this file is not saved as UTF-8 (byte 0xE9 on line 1 cannot be read): save it again as UTF-8 in your editor (in most editors: Save as, then Encoding: UTF-8)']);
	});

	it('a byte-order mark is accepted on an update as on a YAML file', () => {
		const files = goodFiles().map((f) => (f.name.endsWith('.md') || f.name === 'site.yaml' ? { ...f, ...decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(f.text)])) } : f));
		expect(loadContent(files, DATE).ok).toBe(true);
	});
});
