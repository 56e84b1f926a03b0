#!/usr/bin/env node
// Bundle size of @hapur/sdk as an app pays for it: each entry is bundled with everything it imports
// (ky, zod/mini, schemas), minified for es2022, and measured raw and gzip -9. Prints a table of bytes.
// Usage: node test/size/sdk-size.mjs [--json]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Entries live under node_modules/.cache so that `@hapur/sdk` resolves through the workspace link.
const work = join(root, 'node_modules/.cache/hapur-sdk-size');

const entries = {
  'read path (createCore + listServices/getService)': `
    import { createCore, listServices, getService } from '@hapur/sdk';
    export async function run(baseUrl, id) {
      const core = createCore({ baseUrl });
      return [await listServices(core, { q: 'x' }), await getService(core, id)];
    }`,
  'write path (createCore + submitFeedback)': `
    import { createCore, submitFeedback } from '@hapur/sdk';
    export const run = (baseUrl, input) => submitFeedback(createCore({ baseUrl }), input);`,
  'read path via createClient (every method)': `
    import { createClient } from '@hapur/sdk';
    export const run = (baseUrl, id) => createClient({ baseUrl }).getService(id);`,
  'data-src only (loadDocument + PublicServiceSchema, no ky)': `
    import { loadDocument, PublicServiceSchema } from '@hapur/sdk';
    export const run = (url) => loadDocument(url, PublicServiceSchema);`,
  'rules only (@hapur/sdk/rules: every rule, no zod, no ky)': `
    export * from '@hapur/sdk/rules';`,
  'reference: ky 1 alone': `export { default } from 'ky';`,
};

async function measure(name, code, index) {
  const file = join(work, `entry-${index}.js`);
  writeFileSync(file, code);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    resolve: { conditions: ['@hapur/source', 'browser', 'module', 'import', 'default'] },
    build: {
      target: 'es2022',
      minify: true,
      write: false,
      sourcemap: false,
      lib: { entry: file, formats: ['es'], fileName: 'out' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code_ = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
  const bytes = Buffer.from(code_);
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, hasKy: /prefixUrl/.test(code_) };
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const rows = [];
let i = 0;
for (const [name, code] of Object.entries(entries)) rows.push(await measure(name, code, i++));
rmSync(work, { recursive: true, force: true });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'entry'.padEnd(width)}  ${'raw B'.padStart(8)}  ${'gzip-9 B'.padStart(8)}  ky`);
  for (const r of rows)
    console.log(
      `${r.name.padEnd(width)}  ${String(r.raw).padStart(8)}  ${String(r.gzip).padStart(8)}  ${r.hasKy ? 'yes' : 'no'}`,
    );
}
