// Which Node runs what (issue 15: `npm install` printed 16 EBADENGINE warnings while the README said Node 20.19+):
// - the root and the four published packages declare the same `engines.node`;
// - no package a published package needs at run time declares an engine the oldest supported Node (20.19) misses:
//   only development tooling may, and npm then warns on Node 20;
// - the README's "Which Node for what" says how many of those warnings a Node 20 `npm install` prints, and the
//   count matches the lockfile, so the statement cannot drift when the tooling changes.
// Runs in the test command's `source-shape` step (scripts/test.mjs), from the files alone (no install, no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// npm's own range semantics (a root devDependency; it ships no types, and only `satisfies` is used).
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const PUBLISHED = ['sdk', 'elements', 'server', 'react'];
const OLDEST = '20.19.0';

interface LockEntry {
  engines?: { node?: string } | string[];
  dev?: boolean;
  optional?: boolean;
}
const lock: { packages: Record<string, LockEntry> } = json('package-lock.json');

/** Installed packages (npm skips an optional one that cannot install) whose `engines.node` excludes Node 20.19. */
const notOnOldest = Object.entries(lock.packages)
  .filter(([path, entry]) => {
    const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    return path !== '' && !entry.optional && range !== undefined && !semver.satisfies(OLDEST, range);
  })
  .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), dev: entry.dev === true }));

test('the root and every published package declare the same supported Node versions, 20.19 among them', () => {
  const range = json('package.json').engines.node;
  assert.ok(semver.satisfies(OLDEST, range), `${range} includes ${OLDEST}`);
  for (const name of PUBLISHED) assert.equal(json(`packages/${name}/package.json`).engines.node, range, name);
});

test('only development tooling needs a newer Node than 20.19: nothing a published package runs with', () => {
  assert.deepEqual(
    notOnOldest.filter((p) => !p.dev).map((p) => p.name),
    [],
  );
});

test("the README's count of EBADENGINE warnings on Node 20 is the lockfile's", () => {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  // One warning per lockfile entry, five lines each (`npm warn EBADENGINE …`): the README counts warnings, not lines.
  const said = /prints (\d+) "Unsupported engine" warnings \(\d+ lines starting `npm warn EBADENGINE`/.exec(
    readme.replace(/\s+/g, ' '),
  )?.[1];
  assert.ok(said, 'README.md says how many EBADENGINE warnings `npm install` prints on Node 20');
  assert.equal(
    Number(said),
    notOnOldest.length,
    `the lockfile has ${notOnOldest.length}: ${notOnOldest.map((p) => p.name).join(', ')}`,
  );
});
