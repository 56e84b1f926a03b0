// The rules module stays light: display-only bundles import it, so it may use schemas for types only
// (no zod value, no client, no ky), and it has no side effects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./', import.meta.url));
// Its sub-folders (due-words/: one module per language) are rules too, checked the same way.
const sources = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('rules/ imports', () => {
  it('imports values only from its own folder (anything else is `import type`)', () => {
    assert.ok(sources.length >= 6, sources.join(', '));
    for (const file of sources) {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, typeOnly, from] = m;
        // A value comes from a module of rules/ itself (`./x.js`, `./due-words/x.js`; `../x.js` from a sub-folder).
        const within = file.includes('/') ? /^\.\.?\/[\w-]+\.js$/ : /^\.\/([\w-]+\/)?[\w-]+\.js$/;
        if (!typeOnly) assert.match(from ?? '', within, `${file} imports a value from ${from}`);
      }
    }
  });
});
