import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './testing/harness.js';

const BIN = fileURLToPath(new URL('../bin/hapur-server.js', import.meta.url));

test('hapur-server import: arguments it would ignore, and sheets it cannot read, are said as such (exit 2)', () => {
  const dir = tempDir('hapur-import-args-');
  const env: NodeJS.ProcessEnv = { ...process.env, HAPUR_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  delete env['DATABASE_URL'];
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, cwd: dir, encoding: 'utf8' });
  try {
    // LibreOffice's own format and old Excel are zip or binary files, not JSON to be complained about.
    writeFileSync(join(dir, 'plan.ods'), Buffer.from('PK\x03\x04 not json'));
    const ods = cli('import', 'plan.ods');
    assert.equal(ods.status, 2, ods.stderr);
    assert.match(ods.stderr, /^plan\.ods: Hapur reads sheets as \.xlsx or \.csv: save it as/);
    assert.doesNotMatch(ods.stderr, /JSON/);
    for (const [args, says] of [
      // A typo would import example rows as real, or a JSON file's provenance would seem overridden.
      [['plan.csv', '--provenanc', 'example'], /^import plan\.csv: "--provenanc" is not an argument it takes/],
      [
        ['plan.csv', '--provenance', 'example', 'services.csv'],
        /^import plan\.csv: "services\.csv" is not an argument/,
      ],
      [['plan.csv', '--provenance'], /^--provenance must be one of real, example, demonstration/],
      [
        ['data.json', '--provenance', 'example'],
        /^import data\.json: "--provenance" is not an argument .*says its provenance itself/,
      ],
    ] as const) {
      const r = cli('import', ...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, says, args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
