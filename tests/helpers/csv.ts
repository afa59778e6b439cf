/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text: string): Record<string, string>[] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') record.push(field), (field = '');
		else if (ch === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			(field = ''), (record = []), i++;
		} else if (ch === '\n' || ch === '\r') throw new Error(`bare line break in record ${records.length + 1}`);
		else field += ch;
	}
	if (quoted) throw new Error('unclosed quote');
	if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
	const [header, ...rows] = records;
	return rows.map((r, n) => {
		if (r.length !== header.length) throw new Error(`record ${n + 2} has ${r.length} fields, not ${header.length}`);
		return Object.fromEntries(header.map((h, i) => [h, r[i]]));
	});
}

export function csvHeader(text: string): string[] {
	return text.slice(0, text.indexOf('\r\n')).split(',');
}
