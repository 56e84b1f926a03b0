// Custom Elements Manifest for @hapur/elements (read by Storybook's args tables and framework typings).
// `npm run analyze -w @hapur/elements`; scripts/check-cem.mjs fails when a JSDoc tag is missing from it.
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
  ],
};
