// Writes the generated region of src/routes/paths.ts and src/routes/paths-staff.generated.ts (the zod-free path constants) from the route table.
// Usage: npm run routes:build -w @hapur/sdk   (a test fails when the committed files are stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routePathFiles } from '../src/routes/generate.js';

const files = await routePathFiles();
for (const [name, text] of Object.entries(files))
  writeFileSync(fileURLToPath(new URL(`../src/routes/${name}`, import.meta.url)), text);
console.log(`routes:build: wrote ${Object.keys(files).join(', ')} in packages/sdk/src/routes/`);
