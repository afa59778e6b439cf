import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { formatProblem } from './problems';
import { edited, goodFiles, type Edit } from '../../../tests/helpers/fixtures';

const BUILD_DATE = '2026-06-30';
const IR = 'commitments/independent-review.yaml';
const SP = 'commitments/standards-posts.yaml';

function problems(edits: Edit[]): string[] {
	const r = loadContent(edited(edits), BUILD_DATE);
	return r.ok ? [] : r.problems.map(formatProblem);
}

describe('the good fixture', () => {
	it('loads with no problems', () => {
		const r = loadContent(goodFiles(), BUILD_DATE);
		expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
	});
});

// Each mistake an editor can make, with the exact place and words the validator must report.
const cases: { name: string; edits: Edit[]; expected: string[] }[] = [
	{
		name: 'a misspelt key is unknown, with the intended name suggested, and the real one is missing',
		edits: [{ file: IR, replace: 'summary:', with: 'sumary:' }],
		expected: [
			'content/commitments/independent-review.yaml:1:1  summary  required field "summary" is missing: write some text here',
			'content/commitments/independent-review.yaml:2:1  sumary  unknown field "sumary"; did you mean "summary"?'
		]
	},
	{
		name: 'a status outside the vocabulary lists the allowed ones',
		edits: [{ file: IR, replace: 'status: in_progress', with: 'status: started' }],
		expected: [
			'content/commitments/independent-review.yaml:7:9  status  "started" is not allowed here: use one of: planned, in_progress, delivered, ongoing, delayed, not_delivered, cannot_yet_assess'
		]
	},
	{
		name: 'an impossible date',
		edits: [{ file: SP, replace: 'original: 2023-01-31', with: 'original: 2023-02-30' }],
		expected: ['content/commitments/standards-posts.yaml:17:13  due.original  write a real calendar date as YYYY-MM-DD']
	},
	{
		name: 'a revised due date without a reason',
		edits: [{ file: IR, replace: '  reason: The report was published later than first expected.\n', with: '' }],
		expected: ['content/commitments/independent-review.yaml:16:12  due.revised  a revised due date needs a reason']
	},
	{
		name: 'a parent commitment that does not exist, with the nearest id',
		edits: [{ file: SP, replace: 'parent: independent-review', with: 'parent: independant-review' }],
		expected: ['content/commitments/standards-posts.yaml:9:9  parent  no commitment has the id "independant-review"; did you mean "independent-review"?']
	},
	{
		name: 'a metric that does not exist',
		edits: [{ file: IR, replace: 'metrics: [staff-added', with: 'metrics: [staff-addded' }],
		expected: ['content/commitments/independent-review.yaml:28:11  metrics[1]  no metric has the id "staff-addded"; did you mean "staff-added"?']
	},
	{
		name: 'a source that does not exist',
		edits: [{ file: IR, replace: 'made_in: example-statement', with: 'made_in: example-statment' }],
		expected: ['content/commitments/independent-review.yaml:6:10  made_in  no source has the id "example-statment"; did you mean "example-statement"?']
	},
	{
		name: 'a commitment in an update that does not exist',
		edits: [{ file: 'updates/2022-02-01-review-begins.md', replace: 'commitments: [independent-review]', with: 'commitments: [independent-reveiw]' }],
		expected: ['content/updates/2022-02-01-review-begins.md:4:15  commitments[1]  no commitment has the id "independent-reveiw"; did you mean "independent-review"?']
	},
	{
		name: 'a duplicate id',
		edits: [{ file: 'sources.yaml', replace: 'id: example-press', with: 'id: example-report' }],
		expected: [
			'content/metrics/dismissals-financial-year.yaml:14:27  sources[2]  no source has the id "example-press"',
			'content/metrics/staff-added.yaml:9:11  target.source  no source has the id "example-press"',
			'content/metrics/staff-added.yaml:18:13  values[3].source  no source has the id "example-press"',
			'content/sources.yaml:13:9  sources[3].id  the id "example-report" is already used on line 7: each id must be unique',
			'content/updates/2023-04-10-staff-figure-corrected.md:10:11  sources[1]  no source has the id "example-press"'
		]
	},
	{
		name: 'a percentage above 100',
		edits: [{ file: SP, replace: 'percent: 40', with: 'percent: 140' }],
		expected: ['content/commitments/standards-posts.yaml:13:12  progress.percent  a percentage cannot be above 100']
	},
	{
		name: 'a figure without a source',
		edits: [{ file: 'metrics/staff-added.yaml', replace: '    value: 50\n    source: example-statement\n', with: '    value: 50\n' }],
		expected: ['content/metrics/staff-added.yaml:12:12  values[1].value  a figure needs a source']
	},
	{
		name: 'a YAML syntax error (an unclosed bracket)',
		edits: [{ file: IR, replace: 'metrics: [staff-added, case-outcomes, dismissals-financial-year]', with: 'metrics: [staff-added, case-outcomes, dismissals-financial-year' }],
		expected: ['content/commitments/independent-review.yaml:29:1  (yaml)  a list in square brackets [ ] is not closed before this line: add the "]" at its end']
	},
	{
		name: 'an unquoted colon in a value',
		edits: [{ file: 'updates/2022-02-01-review-begins.md', replace: 'title: The review begins', with: 'title: Review: it begins' }],
		expected: ['content/updates/2022-02-01-review-begins.md:2:8  (yaml)  a value that contains a colon followed by a space must be in quotes']
	},
	{
		name: 'a list after an empty [] (as a new editor writes it)',
		edits: [{ file: 'updates/2022-02-01-review-begins.md', replace: 'sources: [example-statement]', with: 'sources: []\n  - example-statement' }],
		expected: ['content/updates/2022-02-01-review-begins.md:6:1  (yaml)  a list cannot follow a value on the line above: if that line ends in [], delete the []']
	},
	{
		name: 'a status in capitals says what was written',
		edits: [{ file: 'updates/2023-03-21-final-report.md', replace: 'to: delivered', with: 'to: Delivered' }],
		expected: ['content/updates/2023-03-21-final-report.md:7:9  status_changes[1].to  "Delivered" is not allowed here: use one of: planned, in_progress, delivered, ongoing, delayed, not_delivered, cannot_yet_assess (in lower case, with _ between words)']
	},
	{
		name: 'a key written twice',
		edits: [{ file: SP, replace: 'theme: standards', with: 'theme: standards\ntheme: scrutiny' }],
		expected: ['content/commitments/standards-posts.yaml:4:1  (yaml)  this field appears twice in the same block']
	},
	{
		name: 'an update file named with an impossible date',
		edits: [{ file: 'updates/2023-02-30-bad-date.md', add: '---\ntitle: x\ncommitments: [independent-review]\n---\nBody' }],
		expected: ['content/updates/2023-02-30-bad-date.md:1:1  (file name)  the date in the file name (2023-02-30) is not a real date']
	},
	{
		name: 'a status change that does not start from the current status',
		edits: [{ file: 'updates/2023-03-21-final-report.md', replace: 'from: in_progress', with: 'from: planned' }],
		expected: ['content/updates/2023-03-21-final-report.md:6:11  status_changes[1].from  "independent-review" has status in_progress at this point, not planned: write from: in_progress']
	},
	{
		name: 'breakdown parts that do not add up to the total',
		edits: [{ file: 'metrics/case-outcomes.yaml', replace: 'value: 6', with: 'value: 7' }],
		expected: ['content/metrics/case-outcomes.yaml:7:10  total.value  the parts add up to 6, not 7']
	},
	{
		name: 'a period that does not fit the period kind',
		edits: [{ file: 'metrics/staff-added.yaml', replace: 'period: 2022-09', with: 'period: 2022-13' }],
		expected: ['content/metrics/staff-added.yaml:14:13  values[2].period  this metric counts by point in time']
	},
	{
		name: 'a missing site.yaml',
		edits: [{ file: 'site.yaml', remove: true }],
		expected: ['content/site.yaml:1:1  (file)  this file is missing']
	},
	{
		name: 'a .yml file',
		edits: [{ file: 'commitments/x.yml', add: 'title: x' }],
		expected: ['content/commitments/x.yml:1:1  (file name)  rename the file to end in .yaml']
	},
	{
		name: 'several mistakes in several files are all reported at once',
		edits: [
			{ file: IR, replace: 'status: in_progress', with: 'status: started' },
			{ file: SP, replace: 'percent: 40', with: 'percent: -5' },
			{ file: 'metrics/case-outcomes.yaml', replace: 'value: 6', with: 'value: 7' }
		],
		expected: [
			'content/commitments/independent-review.yaml:7:9  status  "started" is not allowed here: use one of',
			'content/commitments/standards-posts.yaml:13:12  progress.percent  a percentage cannot be below 0',
			'content/metrics/case-outcomes.yaml:7:10  total.value  the parts add up to 6, not 7'
		]
	}
];

describe('mistakes are reported at their place, in words an editor can act on', () => {
	it.each(cases)('$name', ({ edits, expected }) => {
		const got = problems(edits);
		expect(got).toHaveLength(expected.length);
		expected.forEach((line, i) => expect(got[i].startsWith(line), `${got[i]}\n  should start with\n${line}`).toBe(true));
	});
});

describe('warnings', () => {
	const warnings = (edits: Edit[]): string[] => {
		const r = loadContent(edited(edits), BUILD_DATE);
		return r.ok ? r.warnings.map(formatProblem) : r.problems.map(formatProblem);
	};
	it('the good fixture has none', () => {
		expect(warnings([])).toEqual([]);
	});
	it('a series whose figures come from several sources, without saying whether they measure the same thing', () => {
		expect(warnings([{ file: 'metrics/staff-added.yaml', replace: 'comparable: true\n', with: '' }])).toEqual([
			'content/metrics/staff-added.yaml:9:1  values  these figures come from 2 sources (example-statement, example-press): if they measure the same thing, add "comparable: true"; if they may not, add "comparable: false". Until then the chart shows them apart, with no line and no change described'
		]);
	});
});
