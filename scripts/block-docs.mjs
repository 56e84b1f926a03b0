#!/usr/bin/env node
// Writes docs/blocks/<tag>.md for every element, and docs/blocks/README.md, from the Custom Elements
// Manifest (packages/elements/custom-elements.json, written by `npm run analyze -w @hapur/elements`), so
// the reference cannot drift from the code: change an element's JSDoc, then run `npm run docs:blocks`.
// Event `detail` fields come from the event's `…Detail` interface in the module the manifest names.
// `--check` writes nothing and fails when a file is missing or differs (the test command's cem-check step),
// or when an example below uses an attribute the element does not have.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = join(root, 'packages/elements');
const outDir = join(root, 'docs/blocks');
const check = process.argv.includes('--check');

/**
 * One copy-paste example per block, with the shipped demonstration data (they work on `npm start`). The only
 * hand-written part: the check fails when an example uses an attribute the manifest does not list.
 */
const EXAMPLES = {
  'hapur-service-info':
    '<hapur-service-info api="/api/v1" service-id="example-birth-certificate" heading-level="2"></hapur-service-info>',
  'hapur-service-list':
    '<hapur-service-list api="/api/v1" institution="xk-example-municipality" heading-level="2"></hapur-service-list>',
  'hapur-commitment-tracker':
    '<hapur-commitment-tracker api="/api/v1" plan-id="xk-2026-2028" heading-level="2"></hapur-commitment-tracker>',
  'hapur-feedback-form':
    '<hapur-feedback-form api="/api/v1" institution="xk-example-municipality" heading-level="2"></hapur-feedback-form>',
  'hapur-feedback-status': '<hapur-feedback-status api="/api/v1" heading-level="2"></hapur-feedback-status>',
  'hapur-comments':
    '<hapur-comments api="/api/v1" plan-id="xk-2026-2028" commitment="1" page-size="5"></hapur-comments>',
  'hapur-participation-stats':
    '<hapur-participation-stats api="/api/v1" institution="xk-example-municipality" heading-level="2"></hapur-participation-stats>',
  'hapur-publication-checklist':
    '<hapur-publication-checklist api="/api/v1" institution="xk-mf" heading-level="2"></hapur-publication-checklist>',
  'hapur-participation-calendar':
    '<hapur-participation-calendar api="/api/v1" process="xk-ogp-2026-2030" feedback-href="feedback.html?topic={topic}" heading-level="2"></hapur-participation-calendar>',
  'hapur-reasoned-response':
    '<hapur-reasoned-response api="/api/v1" process="xk-ogp-2026-2030" commitment-href="plan.html#commitment-{number}" heading-level="2"></hapur-reasoned-response>',
  'hapur-staff-inbox': `<!-- Staff sign in on the block with their token (docs/staff.md). -->
<hapur-staff-inbox api="/api/v1" heading-level="2"></hapur-staff-inbox>`,
  'hapur-progress-report': `<!-- Staff of a lead institution sign in on the block with their token (docs/staff.md). -->
<hapur-progress-report api="/api/v1" plan-id="xk-2026-2028" heading-level="2"></hapur-progress-report>`,
  'hapur-service-editor': `<!-- Staff sign in on the block with their token (docs/staff.md). -->
<hapur-service-editor api="/api/v1" heading-level="2"></hapur-service-editor>`,
  'hapur-provider': `<hapur-provider api="/api/v1" lang="sq">
  <hapur-service-info service-id="example-birth-certificate"></hapur-service-info>
</hapur-provider>`,
};

/**
 * Staff screens: not in hapur.all.js nor in `@hapur/elements` (index.ts); the loader (hapur.js) loads them by tag, and
 * each has its own entry.
 */
const STAFF_BLOCKS = new Set(['hapur-staff-inbox', 'hapur-progress-report', 'hapur-service-editor']);
/** The UI languages (`UI_LANGUAGES`, generated from the SDK's language files), named for the Languages section. */
const LANGUAGE_NAMES = {
  sq: 'Albanian',
  'sr-Latn': 'Serbian in Latin script',
  'sr-Cyrl': 'Serbian in Cyrillic script',
  en: 'English',
  tr: 'Turkish',
  bs: 'Bosnian',
};
const uiLanguages = JSON.parse(
  /UI_LANGUAGES = (\[[^\]]*\])/
    .exec(readFileSync(join(root, 'packages/sdk/src/i18n/ui-languages.ts'), 'utf8'))[1]
    .replaceAll("'", '"'),
);
// A language added since (docs/languages.md, "Adding a language") is named by Intl and comes after these.
const order = (tag) => (tag in LANGUAGE_NAMES ? Object.keys(LANGUAGE_NAMES).indexOf(tag) : Infinity);
const UI_LANGUAGE_LIST = uiLanguages
  .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
  .map((tag) => `${LANGUAGE_NAMES[tag] ?? new Intl.DisplayNames('en', { type: 'language' }).of(tag)} (\`${tag}\`)`)
  .join(', ');
/** Blocks the loader (hapur.js) loads by tag but that are not in `@hapur/elements` nor in hapur.all.js (its size budget). */
const OWN_ENTRY_BLOCKS = new Set(['hapur-participation-calendar', 'hapur-reasoned-response']);

const cemPath = join(elements, 'custom-elements.json');
if (!existsSync(cemPath)) {
  console.error(`block-docs: ${cemPath} is missing; run \`npm run analyze -w @hapur/elements\`.`);
  process.exit(1);
}
const cem = JSON.parse(readFileSync(cemPath, 'utf8'));
const declarations = (cem.modules ?? []).flatMap((mod) =>
  (mod.declarations ?? []).map((decl) => ({ ...decl, modulePath: mod.path })),
);
const blocks = declarations.filter((d) => d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Text for a Markdown table cell: one line, pipes escaped. */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length === 0
    ? []
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ];

/** The fields of `interface <name> { … }` in an element module: name, optional, type, doc. */
function interfaceFields(modulePath, name) {
  const file = join(elements, modulePath);
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  const body = new RegExp(`interface ${name}\\s*\\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1];
  if (body === undefined) return undefined;
  return [...body.matchAll(/(?:\/\*\*([\s\S]*?)\*\/\s*)?readonly (\w+)(\??): ([^;]+);/g)].map(
    ([, doc, field, opt, type]) => ({
      field,
      type: type.trim() + (opt ? ' | undefined' : ''),
      doc: (doc ?? '').replace(/^\s*\*\s?/gm, '').trim(),
    }),
  );
}

/**
 * The name of an event's detail type. An event that inherits `detail` from a generic base (`class HapurLoadEvent
 * extends HapurEvent<HapurLoadEventDetail>`) has the base's type parameter in the manifest (`Detail`), which says
 * nothing: the type argument comes from the class's own `extends` clause, and a page is not written without it.
 */
function detailTypeName(eventClass, member) {
  if (!member.inheritedFrom) return member.type?.text;
  const file = join(elements, eventClass.modulePath);
  const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const base = member.inheritedFrom.name;
  const argument = new RegExp(`class ${eventClass.name}\\s+extends\\s+${base}<\\s*(\\w+)\\s*>`).exec(source)?.[1];
  if (!argument) {
    throw new Error(
      `block-docs: ${eventClass.name} inherits detail from ${base}; no \`extends ${base}<…>\` found in ${eventClass.modulePath}`,
    );
  }
  return argument;
}

function eventDetail(event) {
  const eventClass = declarations.find((d) => d.name === event.type?.text);
  const member = eventClass?.members?.find((m) => m.name === 'detail');
  const detailType = member && detailTypeName(eventClass, member);
  if (!eventClass || !detailType) return 'none';
  const fields = interfaceFields(eventClass.modulePath, detailType);
  if (!fields) return code(detailType);
  return fields.map((f) => `${code(f.field)}: ${code(f.type)}${f.doc ? ` — ${cell(f.doc)}` : ''}`).join('<br>');
}

function page(block) {
  const tag = block.tagName;
  const name = tag.replace(/^hapur-/, '');
  const fields = (block.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#'),
  );
  const attributes = block.attributes ?? [];
  // The analyzer also lists a `dispatchEvent(new X(…))` it found in the code, without a name; the JSDoc `@event`
  // with the same class is the documented one, so a nameless repeat of it would be an empty row.
  const events = (block.events ?? []).filter(
    (e) => e.name || !(block.events ?? []).some((o) => o.name && o.type?.text === e.type?.text),
  );
  const lang = attributes.find((a) => a.name === 'lang');
  const lines = [
    '<!-- Generated by scripts/block-docs.mjs from packages/elements/custom-elements.json; do not edit. Change the',
    `     element's JSDoc (${block.modulePath}), then run \`npm run docs:blocks\`. -->`,
    '',
    `# \`<${tag}>\``,
    '',
    cell(block.summary ?? ''),
    '',
    (block.description ?? '').trim(),
    '',
    '## Example',
    '',
    ...(STAFF_BLOCKS.has(tag)
      ? [
          'A staff screen: the loader `hapur.js` loads it when the tag appears; it is not in `hapur.all.js` nor in `@hapur/elements`.',
          '',
          '```html',
          '<script type="module" src="https://your-hapur-host/cdn/hapur.js"></script>',
          '',
          EXAMPLES[tag] ?? `<${tag}></${tag}>`,
          '```',
          '',
          `From npm: \`import { ${block.name} } from '@hapur/elements/${name}.js';\` registers this block and gives its class.`,
        ]
      : [
          OWN_ENTRY_BLOCKS.has(tag)
            ? 'With one script tag (the loader `hapur.js` loads it when the tag appears; it is not in `hapur.all.js`):'
            : 'With one script tag (the loader `hapur.js` loads it when the tag appears; `hapur.all.js` registers it too):',
          '',
          '```html',
          '<script type="module" src="https://your-hapur-host/cdn/hapur.js"></script>',
          '',
          EXAMPLES[tag] ?? `<${tag}></${tag}>`,
          '```',
          '',
          OWN_ENTRY_BLOCKS.has(tag)
            ? `From npm: \`import { ${block.name} } from '@hapur/elements/${name}.js';\` registers this block and gives its class (it is not in \`@hapur/elements\`).`
            : `From npm: \`import '@hapur/elements/${name}.js';\` registers this block alone (the class is \`${block.name}\`, exported by \`@hapur/elements\`).`,
        ]),
    '',
    '## Attributes and properties',
    '',
    ...table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        f.attribute ? code(f.attribute) : '— (property only)',
        code(f.name),
        code(f.type?.text),
        code(f.default),
        cell(f.description) + (f.reflects ? ' Reflected to the attribute.' : ''),
      ]),
    ),
    '## Events',
    '',
    ...(events.length === 0
      ? ['None.', '']
      : table(
          ['Event', 'Class', '`detail`', 'When'],
          events.map((e) => [code(e.name), code(e.type?.text), eventDetail(e), cell(e.description)]),
        )),
    '## Slots',
    '',
    ...((block.slots ?? []).length === 0
      ? ['None.', '']
      : table(
          ['Slot', 'Content'],
          block.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
        )),
    '## CSS parts',
    '',
    ...((block.cssParts ?? []).length === 0
      ? ['None.', '']
      : table(
          ['Part', 'What'],
          block.cssParts.map((p) => [code(`::part(${p.name})`), cell(p.description)]),
        )),
    '## CSS custom properties',
    '',
    ...((block.cssProperties ?? []).length === 0
      ? ['None of its own; the global `--hapur-*` tokens apply (see [theming](../theming.md)).', '']
      : [
          ...table(
            ['Property', 'What'],
            block.cssProperties.map((p) => [
              code(p.name),
              cell(p.description) + (p.default ? ` Default ${code(p.default)}.` : ''),
            ]),
          ),
          'The global `--hapur-*` tokens apply too (see [theming](../theming.md)).',
          '',
        ]),
    '## States',
    '',
    ...((block.cssStates ?? []).length === 0
      ? ['None.', '']
      : table(
          ['State', 'When'],
          block.cssStates.map((s) => [code(`:state(${s.name})`), cell(s.description)]),
        )),
    '## Languages',
    '',
    `Every string it shows exists in each UI language: ${UI_LANGUAGE_LIST}. ` +
      (lang ? `The language: ${cell(lang.description)}` : 'It follows the `lang` of its nearest ancestor.') +
      ' See [languages](../languages.md).',
    '',
    ...((block.catalogues ?? []).length === 0
      ? []
      : [
          `Its interface strings, by catalogue id (what \`registerTranslation(lang, { <id>: { <key>: … } })\` can set): ` +
            block.catalogues.map((c) => `${code(c.id)} (${c.keys.length} keys)`).join(', ') +
            '. The manifest lists the keys in the entry’s `catalogues`; [catalogue-keys](../catalogue-keys.md) gives them with their English text.',
          '',
        ]),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function index() {
  const rows = blocks.map((b) => [`[\`<${b.tagName}>\`](${b.tagName}.md)`, cell(b.summary ?? '')]);
  return [
    '<!-- Generated by scripts/block-docs.mjs from packages/elements/custom-elements.json; do not edit. -->',
    '',
    '# Block reference',
    '',
    'One page per element, generated from the Custom Elements Manifest: attributes and properties, events and their',
    '`detail`, slots, CSS parts and custom properties, states, languages and a copy-paste example. For a first page',
    'with the blocks, see [getting started](../getting-started.md#for-a-web-team).',
    '',
    ...table(['Element', 'What'], rows),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}

const problems = [];
for (const block of blocks) {
  const example = EXAMPLES[block.tagName];
  if (!example) problems.push(`${block.tagName}: no example in scripts/block-docs.mjs (EXAMPLES)`);
  const known = new Set((block.attributes ?? []).map((a) => a.name));
  for (const [, tag, attrs] of (example ?? '').matchAll(/<(hapur-[\w-]+)([^>]*)>/g)) {
    const decl = blocks.find((b) => b.tagName === tag);
    // `lang` is a global HTML attribute: every element has it.
    const names = new Set(['lang', ...(decl ? (decl.attributes ?? []).map((a) => a.name) : known)]);
    for (const [, attr] of attrs.matchAll(/\s([\w-]+)=/g))
      if (!names.has(attr))
        problems.push(`${block.tagName}: its example sets ${attr}="…" on <${tag}>, which has no such attribute`);
  }
}

// Formatted as the repository formats Markdown, so `prettier --check .` agrees with the generated files.
const options = { ...(await prettier.resolveConfig(join(outDir, 'README.md'))), parser: 'markdown' };
const files = new Map();
for (const b of blocks) files.set(`${b.tagName}.md`, await prettier.format(page(b), options));
files.set('README.md', await prettier.format(index(), options));
if (check) {
  for (const [file, text] of files) {
    const path = join(outDir, file);
    if (!existsSync(path)) problems.push(`docs/blocks/${file} is missing`);
    else if (readFileSync(path, 'utf8') !== text) problems.push(`docs/blocks/${file} is stale`);
  }
  const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => !files.has(f)) : [];
  for (const file of extra)
    problems.push(`docs/blocks/${file} is not a block (left from a renamed or removed element?)`);
} else {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(outDir, file), text);
  console.log(`block-docs: wrote ${files.size} files to docs/blocks/`);
}
if (problems.length > 0) {
  console.error(`block-docs: ${problems.join('\nblock-docs: ')}`);
  if (check)
    console.error(
      'block-docs: run `npm run docs:blocks` (after `npm run analyze -w @hapur/elements`) and commit docs/blocks/.',
    );
  process.exit(1);
}
if (check) console.log(`block-docs: docs/blocks/ matches the manifest (${files.size} files, ${blocks.length} blocks)`);
