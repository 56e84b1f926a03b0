import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable, tableToCsv } from './files.js';
import { TEMPLATE_DIR, templateTables } from './templates.js';

const dir = join(fileURLToPath(new URL('../../../..', import.meta.url)), ...TEMPLATE_DIR);
const fix = 'run `npm run sheet-templates -w @hapur/server`';

test('the downloadable templates are those the export makes today', async () => {
  for (const [name, table] of Object.entries(templateTables())) {
    assert.equal(readFileSync(join(dir, `${name}.csv`), 'utf8'), tableToCsv(table), `${name}.csv is stale: ${fix}`);
    const xlsx = await readTable(readFileSync(join(dir, `${name}.xlsx`)), 'xlsx');
    assert.deepEqual(xlsx.header, table.header, `${name}.xlsx is stale: ${fix}`);
    assert.deepEqual(
      xlsx.rows.map((r) => r.cells.slice(0, table.header.length)),
      table.rows.map((r) => r.cells.map((c) => c ?? undefined)),
      `${name}.xlsx is stale: ${fix}`,
    );
  }
});
