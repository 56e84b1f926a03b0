// Every problem `code` the server can answer has its entry on the /api page: a problem's `type` is
// `/api#problem-<code>`, so a code without one is a dead link for the client developer who follows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBLEM_CODES } from './catalogue.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The codes written where a problem is made: `problems.x('code', …)`, `problems.unauthorized(…, 'code')`, `new HttpProblem(400, 'code', …)`. */
const THROWN = [
  /problems\.(?:badRequest|conflict|unprocessable)\(\s*'([a-z_]+)'/g,
  /problems\.unauthorized\((?:[^()]|\([^()]*\))*?,\s*'([a-z_]+)',?\s*\)/g,
  /new HttpProblem\(\s*\d{3},\s*'([a-z_]+)'/g,
];

test('every problem code the server throws is listed on the /api page', () => {
  const thrown = new Map<string, string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of THROWN)
      for (const match of text.matchAll(pattern)) thrown.set(match[1]!, file.slice(SRC.length));
  }
  // The scan finds the codes it must (so a changed call shape cannot make it pass by finding nothing).
  for (const code of ['invalid_query', 'validation_failed', 'token_revoked', 'rate_limited', 'origin_not_allowed'])
    assert.ok(thrown.has(code), `the scan no longer finds ${code}`);
  const missing = [...thrown].filter(([code]) => !(code in PROBLEM_CODES)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(missing, [], 'add these to PROBLEM_CODES in routes/catalogue.ts');
});

test('docs/api.md names every problem code a client may branch on', () => {
  // Its Errors section says "Branch on `code`" and lists them: a code missing there (invalid_query,
  // idempotency_in_progress, unavailable…) is one a client developer reading it never handles.
  const docs = readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');
  const errors = docs.slice(docs.indexOf('## Errors'), docs.indexOf('## CORS'));
  const missing = Object.keys(PROBLEM_CODES).filter((code) => !errors.includes(`\`${code}\``));
  assert.deepEqual(missing, [], 'name these in the Errors section of docs/api.md');
});
