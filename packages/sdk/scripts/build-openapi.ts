// Writes openapi/openapi.json and openapi/schemas/<Name>.json from the zod schemas.
// Usage: npm run openapi:build -w @hapur/sdk   (a test fails when the committed files are stale)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiFiles } from '../src/openapi/files.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi');
mkdirSync(join(out, 'schemas'), { recursive: true });
const { version } = JSON.parse(readFileSync(join(out, '..', 'package.json'), 'utf8')) as { version: string };
const files = openApiFiles(version);
for (const old of readdirSync(join(out, 'schemas')))
  if (!(`schemas/${old}` in files)) rmSync(join(out, 'schemas', old));
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`openapi:build: wrote ${Object.keys(files).length} files to packages/sdk/openapi/ (version ${version})`);
