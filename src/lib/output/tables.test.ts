import { describe, expect, it } from 'vitest';
import { toCsv, type Table } from './tables';
import { parseCsv } from '../../../tests/helpers/csv';

const table: Table = { name: 't', title: 'T', description: '', columns: [{ name: 'a', meaning: '' }, { name: 'b', meaning: '' }] };

describe('toCsv', () => {
	it.each([
		[{ a: 'plain', b: 1 }, 'plain,1'],
		[{ a: 'with, comma', b: null }, '"with, comma",'],
		[{ a: 'say "hi"', b: true }, '"say ""hi""",true'],
		[{ a: 'two\nlines', b: 0 }, '"two\nlines",0'],
		[{ a: '=SUM(A1)', b: -3 }, "'=SUM(A1),-3"],
		[{ a: '@cmd', b: 2.5 }, "'@cmd,2.5"]
	])('writes %j as %s', (row, line) => {
		const csv = toCsv(table, [row]);
		expect(csv).toBe(`a,b\r\n${line}\r\n`);
	});

	it('round-trips through a strict reader', () => {
		const rows = [{ a: 'x, "y"\r\nz', b: 3 }, { a: '', b: null }];
		expect(parseCsv(toCsv(table, rows))).toEqual([{ a: 'x, "y"\r\nz', b: '3' }, { a: '', b: '' }]);
	});
});
