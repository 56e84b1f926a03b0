// Custom Elements Manifest for @hapur/elements (read by Storybook's args tables and framework typings).
// `npm run analyze -w @hapur/elements`; scripts/check-cem.mjs fails when a JSDoc tag is missing from it.
import { readFileSync } from 'node:fs';

/** Every catalogue's keys and the catalogue ids each block renders with (generated: npm run docs:catalogue-keys). */
const catalogueKeys = JSON.parse(readFileSync(new URL('./catalogue-keys.json', import.meta.url), 'utf8'));

/** Types blocks give inherited properties with `declare` (class name → property → type text). */
const declaredTypes = {};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.spec.ts',
    'src/**/*test-helpers.ts',
    'src/components/*/test/**',
    'src/internal/test/**',
    'src/**/*.define.ts',
    'src/**/translations/**',
    'src/**/*.translations.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Reactive properties are declared in `static properties` (no decorators, packages/elements/AGENTS.md), each with
      // its documented field. The analyzer's Lit plugin reads that object as if it were the decorators, except three
      // things it gets wrong, put right here so the manifest reads as before: a `state: true` entry has no attribute
      // (Lit reads none), an entry whose field is `@internal` stays out (as the field does), and an entry marks its field
      // `privacy: 'public'`, which a field without a modifier does not say.
      name: 'hapur-static-properties',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const properties = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer,
        )?.initializer;
        if (!properties || !ts.isObjectLiteralExpression(properties)) return;
        const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!decl) return;
        for (const entry of properties.properties) {
          if (!ts.isPropertyAssignment(entry)) continue;
          const name = entry.name.getText();
          const state =
            ts.isObjectLiteralExpression(entry.initializer) &&
            entry.initializer.properties.some(
              (o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword,
            );
          const field = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === name);
          const internal = field && ts.getJSDocTags(field).some((tag) => tag.tagName.getText() === 'internal');
          const explicit = field?.modifiers?.some((m) => m.kind === ts.SyntaxKind.PublicKeyword);
          if (state) decl.attributes = decl.attributes?.filter((a) => a.fieldName !== name && a.name !== name);
          if (internal) decl.members = decl.members?.filter((m) => m.name !== name);
          const member = decl.members?.find((m) => m.name === name && !m.static);
          if (member && state) delete member.attribute;
          if (member && member.privacy === 'public' && !explicit) delete member.privacy;
        }
      },
    },
    {
      // A block narrows a property HapurElement declares (`client`) with `declare client: X`: no second decorator, so
      // no bytes. The analyzer would list the base's type (`unknown`); the manifest keeps the block's.
      name: 'hapur-declared-types',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const declared = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
          if (declared && ts.isPropertyDeclaration(member) && member.type)
            (declaredTypes[node.name.getText()] ??= {})[member.name.getText()] = member.type.getText();
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const decl of mod.declarations ?? [])
            for (const member of decl.members ?? []) {
              const text = declaredTypes[decl.name]?.[member.name];
              if (text) member.type = { text };
            }
      },
    },
    {
      // Private and internal members (`@internal`, `private`, `protected`) are not API: keep them out of the docs tables.
      name: 'hapur-hide-internal',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members
              .filter((m) => !m.privacy || m.privacy === 'public')
              .filter((m) => !/@internal/.test(m.description ?? ''));
          }
        }
      },
    },
    {
      // The analyzer adds an event without a name for a `this.dispatchEvent(new SomeEvent(…))` in the class body, beside
      // the one its `@event` tag documents (the progress report's save): keep only events with a name.
      name: 'hapur-named-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
    {
      // What `registerTranslation(lang, { <id>: { <key>: … } })` can set for a block: each catalogue it renders with,
      // by id, with its keys (the same list as docs/catalogue-keys.md). A custom field of the block's declaration.
      name: 'hapur-catalogue-keys',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            const ids = decl.tagName && catalogueKeys.blocks[decl.tagName];
            if (ids) decl.catalogues = ids.map((id) => ({ id, keys: catalogueKeys.catalogues[id] }));
          }
        }
      },
    },
  ],
};
