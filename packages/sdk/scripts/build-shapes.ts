// Writes src/shapes/*.generated.ts (the zod-free checkers' data) from the zod schemas.
// Usage: npm run shapes:build -w @hapur/sdk   (a test fails when the committed files are stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shapeFiles } from '../src/shapes/targets.js';

const files = shapeFiles();
for (const [name, text] of Object.entries(files))
  writeFileSync(fileURLToPath(new URL(`../src/shapes/${name}`, import.meta.url)), text);
console.log(`shapes:build: wrote ${Object.keys(files).join(', ')} to packages/sdk/src/shapes/`);
