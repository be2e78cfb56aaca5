/** Writes docs/schema/*.json from the runtime schemas. Usage: npm run schema */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, serialise } from './lib/json-schemas';

const dir = join(import.meta.dirname, '..', 'docs', 'schema');
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) writeFileSync(join(dir, file), serialise(schema));
console.log(`Wrote ${Object.keys(jsonSchemas()).length} schemas to docs/schema.`);
