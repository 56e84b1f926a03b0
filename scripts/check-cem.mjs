#!/usr/bin/env node
// Fails when the Custom Elements Manifest is missing, or misses a JSDoc tag the element classes use
// (@csspart, @cssproperty, @cssstate, @slot, @event, @summary), so Storybook's docs tables cannot drift; and when a
// block's entry does not list the catalogues it renders with and their keys (from catalogue-keys.json), so a site
// translating with registerTranslation finds them in the manifest; and when a guide (README.md, docs/*.md, a package's
// or an example's README.md) writes a block's tag with an attribute it does not have, or names an event no block fires.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../packages/elements/', import.meta.url).pathname;
const cemPath = join(root, 'custom-elements.json');
if (!existsSync(cemPath)) {
  console.error(`check-cem: ${cemPath} is missing; run \`npm run analyze -w @hapur/elements\`.`);
  process.exit(1);
}
const cem = JSON.parse(readFileSync(cemPath, 'utf8'));
const declarations = new Map();
for (const mod of cem.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement || decl.tagName) declarations.set(decl.name, { ...decl, path: mod.path });
  }
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('/internal/test/')) out.push(p);
  }
  return out;
}

const problems = [];
let checked = 0;
const tagKinds = {
  csspart: 'cssParts',
  cssproperty: 'cssProperties',
  cssstate: 'cssStates',
  slot: 'slots',
  event: 'events',
};
for (const file of walk(join(root, 'src'))) {
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export class (\w+)/g)) {
    const [, doc, className] = m;
    if (!/@summary|@customElement|@tag/.test(doc)) continue;
    checked++;
    const decl = declarations.get(className);
    if (!decl) {
      problems.push(`${className} (${file}) is not in custom-elements.json`);
      continue;
    }
    if (!decl.summary && !decl.description) problems.push(`${className}: no @summary in the manifest`);
    for (const t of doc.matchAll(/@(csspart|cssproperty|cssstate|slot|event)\s+(?:\{[^}]*\}\s*)?(\S+)/g)) {
      const [, kind, rawName] = t;
      const name = kind === 'slot' && rawName === '-' ? '' : rawName.replace(/^-\s*$/, '');
      const list = decl[tagKinds[kind]] ?? [];
      if (!list.some((entry) => (entry.name ?? '') === name))
        problems.push(`${className}: @${kind} ${rawName} is missing from the manifest`);
    }
  }
}
// Every tag the package registers must be documented in the manifest.
const documentedTags = new Set([...declarations.values()].map((d) => d.tagName).filter(Boolean));
for (const file of walk(join(root, 'src'))) {
  if (file.includes('/test/')) continue;
  for (const m of readFileSync(file, 'utf8').matchAll(/defineElement\(\s*'(hapur-[a-z-]+)'/g)) {
    if (!documentedTags.has(m[1]))
      problems.push(`<${m[1]}> is registered in ${file} but missing from custom-elements.json`);
  }
}
// Every block (a HapurElement) lists its catalogue ids and keys, as catalogue-keys.json has them.
const catalogueKeys = JSON.parse(readFileSync(join(root, 'catalogue-keys.json'), 'utf8'));
for (const file of walk(join(root, 'src/components'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/export class (\w+) extends HapurElement\b/g)) {
    const decl = declarations.get(m[1]);
    if (!decl?.tagName) continue;
    const ids = catalogueKeys.blocks[decl.tagName];
    const listed = (decl.catalogues ?? []).map((c) => c.id);
    if (!ids) problems.push(`<${decl.tagName}> is missing from catalogue-keys.json: run npm run docs:catalogue-keys`);
    else if (listed.join() !== ids.join())
      problems.push(`<${decl.tagName}>: the manifest lists catalogues [${listed}], catalogue-keys.json [${ids}]`);
    for (const c of decl.catalogues ?? [])
      if (!c.keys?.length || c.keys.join() !== (catalogueKeys.catalogues[c.id] ?? []).join())
        problems.push(`<${decl.tagName}>: catalogue ${c.id} lists no keys or stale ones in the manifest`);
  }
}
// The guides a site's team follows (README.md, docs/, each package's and example's README.md) name only tags,
// attributes and events the manifest has: a newcomer copies markup as it is.
const repo = new URL('../', import.meta.url).pathname;
const byTag = new Map([...declarations.values()].filter((d) => d.tagName).map((d) => [d.tagName, d]));
const eventNames = new Set([...byTag.values()].flatMap((d) => (d.events ?? []).map((e) => e.name)));
const GLOBAL_ATTRIBUTES = new Set(['lang', 'id', 'class', 'hidden', 'style', 'slot', 'dir', 'title', 'role']);
// Hapur names that are neither an element nor an event: the CLI and the service card's Trusted Types policy.
const OTHER_NAMES = new Set(['hapur-server', 'hapur-jsonld']);
const guides = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...['packages', 'examples'].flatMap((dir) => readdirSync(join(repo, dir)).map((name) => `${dir}/${name}/README.md`)),
].filter((path) => existsSync(join(repo, path)));
for (const path of guides) {
  const text = readFileSync(join(repo, path), 'utf8');
  for (const [, tag, attributes] of text.matchAll(/<(hapur-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const decl = byTag.get(tag);
    if (!decl) {
      problems.push(`${path}: <${tag}> is not an element in custom-elements.json`);
      continue;
    }
    const known = new Set((decl.attributes ?? []).map((a) => a.name));
    for (const [, name] of attributes.matchAll(/([a-z-]+)(?:="[^"]*")?/g))
      if (!known.has(name) && !GLOBAL_ATTRIBUTES.has(name) && !name.startsWith('aria-'))
        problems.push(`${path}: <${tag} ${name}>: the element has no attribute ${name}`);
  }
  for (const [, name] of text.matchAll(/`(hapur-[a-z-]+)`/g))
    if (!byTag.has(name) && !eventNames.has(name) && !OTHER_NAMES.has(name))
      problems.push(`${path}: \`${name}\` is neither an element nor an event in custom-elements.json`);
}
if (checked === 0) problems.push('no element classes with @summary found under packages/elements/src');
if (problems.length) {
  console.error(`check-cem: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-cem: ${checked} element classes documented in custom-elements.json`);
