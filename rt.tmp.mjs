import { parseDocument } from 'yaml';
import { readFileSync, writeFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) { const t = readFileSync(f,'utf8'); writeFileSync('/tmp/rt-out.yaml', parseDocument(t).toString({ lineWidth: 100, minContentWidth: 0 })); }
