#!/usr/bin/env node
// Subresource Integrity of a release (issue #20): the sha384 hashes of dist-cdn/hapur.js (the loader) and
// dist-cdn/hapur.all.js (every block in one file) as <script integrity> takes them, for the version of
// @hapur/elements being released. Written into docs/embedding.md between the `sri:start` / `sri:end` markers,
// together with the version every copy-paste tag there pins. A release step, not a per-commit one: the docs
// show the hashes of the released files (what a tag with that version fetches), which any later change to a
// block's code no longer matches, by design. docs/releasing.md runs it; the release dry run
// (test/release/changeset-dry-run.e2e.ts) writes and checks it for the version it dry-runs.
//   node scripts/sri.mjs               (npm run docs:sri) writes the block and the pinned version, after a build
//   node scripts/sri.mjs --check       fails unless the docs pin this version and hold this build's hashes
//                                      (before `changeset publish`: the files about to be published are those)
//   --dist <dir>                       read the files from <dir> instead of packages/elements/dist-cdn/
//   --doc <file>                       write or check <file> instead of docs/embedding.md
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const repo = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const FILES = ['hapur.js', 'hapur.all.js'];
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : fallback;
};
const dist = option('--dist', repo('packages/elements/dist-cdn'));
const docPath = option('--doc', repo('docs/embedding.md'));
const { version } = JSON.parse(readFileSync(repo('packages/elements/package.json'), 'utf8'));

/** The generated block: which version, then one `file | sha384-…` row per file. */
export function sriBlock() {
  const rows = FILES.map((file) => {
    const bytes = readFileSync(resolve(dist, file));
    return `| \`${file}\` | \`sha384-${createHash('sha384').update(bytes).digest('base64')}\` |`;
  });
  return [`Hashes of \`@hapur/elements@${version}\`:`, '', '| file | integrity |', '| --- | --- |', ...rows].join('\n');
}

function fail(message) {
  console.error(`docs/embedding.md: ${message}`);
  console.log('# fail 1');
  process.exit(1);
}

if (version === '0.0.0') fail('@hapur/elements is 0.0.0 (never released): SRI hashes are written for a release.');
const doc = readFileSync(docPath, 'utf8');
const block = /(<!-- sri:start[^>]*-->\n)[\s\S]*?(<!-- sri:end -->)/;
if (!block.test(doc)) fail('no <!-- sri:start --> … <!-- sri:end --> block');
const pinned = /(@hapur\/elements@)\d+\.\d+\.\d+(?:-[\w.]+)?(\/dist-cdn\/)/g;
if (!pinned.test(doc)) fail('no tag pins a version (@hapur/elements@x.y.z/dist-cdn/)');
// Formatted as the format step wants it (Prettier pads table columns).
const next = await format(
  doc.replace(block, (_, start, end) => `${start}\n${sriBlock()}\n\n${end}`).replace(pinned, `$1${version}$2`),
  { ...(await resolveConfig(docPath)), filepath: docPath },
);
if (process.argv.includes('--check')) {
  if (next !== doc)
    fail(
      `the SRI hashes or pinned versions are not those of @hapur/elements@${version} as built in ${dist}: ` +
        'run `npm run docs:sri` after building the release (docs/releasing.md).',
    );
  console.log(`docs/embedding.md: tags pin @hapur/elements@${version}; SRI hashes match hapur.js and hapur.all.js`);
  console.log('# pass 1');
} else {
  writeFileSync(docPath, next);
  console.log(`docs/embedding.md: SRI hashes and pinned version written for @hapur/elements@${version}`);
}
