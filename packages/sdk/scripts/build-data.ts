// Assembles data/sources/<set>/ fragments into data/<set>.json and validates the result.
// Usage: npm run data:build -w @hapur/sdk
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleSet } from '../src/data/assemble.js';
import { validateImportFile } from '../src/data/load.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const set = 'xk-2026-2028';
const result = assembleSet(join(root, 'sources', set));
if (!result.ok) {
  if (result.missing.length > 0)
    console.error(`data:build: ${set} is incomplete — missing fragment(s): ${result.missing.join(', ')}`);
  for (const u of result.unreadable) console.error(`data:build: cannot read ${u}`);
  console.error(`data:build: nothing written to data/${set}.json`);
  process.exit(1);
}
const checked = validateImportFile(result.json, `data/${set}.json`);
if (!checked.ok) {
  for (const p of checked.problems) console.error(`${p.file} ${p.path}: ${p.reason}`);
  console.error(`data:build: ${checked.problems.length} problem(s); nothing written`);
  process.exit(1);
}
writeFileSync(join(root, `${set}.json`), result.text);
const plan = checked.data.plans?.[0];
const milestones = plan?.commitments.reduce((n, c) => n + c.milestones.length, 0) ?? 0;
console.log(
  `data:build: wrote data/${set}.json — ${plan?.commitments.length ?? 0} commitments, ${milestones} milestones, ${checked.data.institutions?.length ?? 0} institutions`,
);
