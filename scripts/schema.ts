/**
 * npm run schema: writes the editors' JSON Schemas to static/schema/ (served at /schema/ too), and
 * the field tables of the editor's guide (content/README.md), all from the zod schemas.
 * A test fails when the committed files differ from what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchema, SCHEMA_FILES } from '../src/lib/content/json-schema';
import { withTables } from '../src/lib/output/guide';

const dir = join('static', 'schema');
mkdirSync(dir, { recursive: true });
for (const name of SCHEMA_FILES) {
	writeFileSync(join(dir, name), JSON.stringify(jsonSchema(name), null, 2) + '\n');
	console.log(`wrote ${join(dir, name)}`);
}
const guide = join('content', 'README.md');
writeFileSync(guide, withTables(readFileSync(guide, 'utf8')));
console.log(`wrote the field tables of ${guide}`);
