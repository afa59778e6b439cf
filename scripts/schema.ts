/**
 * npm run schema: writes the editors' JSON Schemas to static/schema/ (served at /schema/ too).
 * A test fails when the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchema, SCHEMA_FILES } from '../src/lib/content/json-schema';

const dir = join('static', 'schema');
mkdirSync(dir, { recursive: true });
for (const name of SCHEMA_FILES) {
	writeFileSync(join(dir, name), JSON.stringify(jsonSchema(name), null, 2) + '\n');
	console.log(`wrote ${join(dir, name)}`);
}
