// No ky type may reach @hapur/sdk's public API (CONVENTIONS: "No ky type leaks"). Reads the declarations
// `npx tsc -b packages/sdk` writes to dist/, follows every relative import/export from index.d.ts, and looks
// for 'ky'. (Emitting declarations here instead costs ~8 s of CPU for zod's types, so the build's output is used.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(join(dist, 'index.d.ts')) && existsSync(join(dist, 'client/index.d.ts'));

describe('public API', () => {
  it(
    'no declaration reachable from index.d.ts mentions ky',
    { skip: built ? false : 'run `npx tsc -b packages/sdk` first' },
    () => {
      const seen = new Set<string>();
      const queue = ['index'];
      while (queue.length > 0) {
        const file = queue.pop() as string;
        if (seen.has(file)) continue;
        seen.add(file);
        const text = readFileSync(join(dist, `${file}.d.ts`), 'utf8');
        assert.doesNotMatch(text, /['"]ky(?:\/[^'"]*)?['"]/, `${file}.d.ts refers to ky`);
        for (const m of text.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
          queue.push(join(dirname(file), m[1] as string).replaceAll('\\', '/'));
        }
      }
      assert.ok(seen.has('client/core') && seen.has('errors/index'), [...seen].join(', '));
      assert.equal(seen.has('client/transport'), false, 'the ky wrapper stays internal');
      assert.match(
        readFileSync(join(dist, 'client/transport.d.ts'), 'utf8'),
        /'ky'/,
        'the check would see ky if it were reachable',
      );
    },
  );
});
