// The rules module stays light: display-only bundles import it, so it may use schemas for types only
// (no zod value, no client, no ky), and it has no side effects.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('rules/ imports', () => {
  it('imports values only from its own folder (anything else is `import type`)', () => {
    assert.ok(sources.length >= 6, sources.join(', '));
    for (const file of sources) {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, typeOnly, from] = m;
        if (!typeOnly) assert.match(from ?? '', /^\.\/[\w-]+\.js$/, `${file} imports a value from ${from}`);
      }
    }
  });
});
