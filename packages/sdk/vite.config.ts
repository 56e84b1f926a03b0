import { defineConfig } from 'vite';
import { languageFilesPlugin } from '../../scripts/language-files.mjs';
import { bosnianSerbianPlugin } from '../../scripts/bosnian-serbian.mjs';
import { libraryBuild } from '../../scripts/vite-library.ts';

// ESM library build: one file per module (tree-shakable), dependencies external. Types come from `tsc -b`.
export default defineConfig({
  resolve: { conditions: ['@hapur/source', 'module', 'import', 'default'] },
  // A catalogue's language files, found from its folder (scripts/language-files.mjs).
  plugins: [languageFilesPlugin(), bosnianSerbianPlugin()],
  build: libraryBuild({
    // One entry per subpath export in package.json (`.`, schemas, client, rules, openapi, routes).
    entry: {
      index: 'src/index.ts',
      'schemas/index': 'src/schemas/index.ts',
      'client/index': 'src/client/index.ts',
      'rules/index': 'src/rules/index.ts',
      'openapi/index': 'src/openapi/index.ts',
      'routes/index': 'src/routes/index.ts',
    },
    external: [/^zod($|\/)/, /^ky($|\/)/, /^node:/],
  }),
});
