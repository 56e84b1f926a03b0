#!/usr/bin/env node
// Subresource Integrity hashes of the CDN files a page may pin (issue #20): dist-cdn/hapur.js (the loader) and
// dist-cdn/hapur.all.js (every block in one file), sha384 as <script integrity> takes them, written into
// docs/embedding.md between the `sri:start` / `sri:end` markers.
//   node scripts/sri.mjs           (npm run docs:sri) rewrites the block from the current build
//   node scripts/sri.mjs --check   fails when the block differs from the build (the `sri` step of npm test)
// Run after `npm run build -w @hapur/elements`; the chunk names inside hapur.js change with any block's code.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const repo = (path) => new URL(`../${path}`, import.meta.url);
const FILES = ['hapur.js', 'hapur.all.js'];
const DOC = repo('docs/embedding.md');

/** The generated lines: one `file: sha384-…` per file. */
export function sriBlock() {
  const lines = FILES.map((file) => {
    const bytes = readFileSync(repo(`packages/elements/dist-cdn/${file}`));
    return `| \`${file}\` | \`sha384-${createHash('sha384').update(bytes).digest('base64')}\` |`;
  });
  return ['| file | integrity |', '| --- | --- |', ...lines].join('\n');
}

const doc = readFileSync(DOC, 'utf8');
const pattern = /(<!-- sri:start[^>]*-->\n)[\s\S]*?(<!-- sri:end -->)/;
if (!pattern.test(doc)) throw new Error('docs/embedding.md has no <!-- sri:start --> … <!-- sri:end --> block');
// Formatted as the format step wants it (Prettier pads table columns).
const path = fileURLToPath(DOC);
const next = await format(
  doc.replace(pattern, (_, start, end) => `${start}\n${sriBlock()}\n\n${end}`),
  { ...(await resolveConfig(path)), filepath: path },
);
if (process.argv.includes('--check')) {
  if (next !== doc) {
    console.error('docs/embedding.md: the SRI hashes differ from dist-cdn/ — run `npm run docs:sri` after a build.');
    console.log('# fail 1');
    process.exit(1);
  }
  console.log('docs/embedding.md: SRI hashes match dist-cdn/hapur.js and hapur.all.js');
  console.log('# pass 1');
} else {
  writeFileSync(DOC, next);
  console.log('docs/embedding.md: SRI hashes written');
}
