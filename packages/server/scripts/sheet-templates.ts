// Writes the spreadsheet templates of docs/import-format.md ("From a spreadsheet") from the export:
// docs/templates/{plan,service}-template.{csv,xlsx}. A test (src/spreadsheet/templates.test.ts) fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableToCsv, tableToXlsx } from '../src/spreadsheet/files.js';
import { TEMPLATE_DIR, templateTables } from '../src/spreadsheet/templates.js';

const dir = join(fileURLToPath(new URL('../../..', import.meta.url)), ...TEMPLATE_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, table] of Object.entries(templateTables())) {
  writeFileSync(join(dir, `${name}.csv`), tableToCsv(table));
  writeFileSync(join(dir, `${name}.xlsx`), await tableToXlsx(table, name.startsWith('plan') ? 'Plan' : 'Services'));
  console.log(`sheet-templates: wrote ${name}.csv and ${name}.xlsx (${table.header.length} columns)`);
}
