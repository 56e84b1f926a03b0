import { defineConfig } from 'vite';
import { libraryBuild } from '../../scripts/vite-library.ts';

// dist/: an ESM library, one file per module. React, @lit/react and the Hapur packages stay external:
// the app's bundler resolves them (one React, one copy of each element definition).
export default defineConfig({
  build: libraryBuild({
    entry: { index: 'src/index.ts' },
    external: [/^react($|\/)/, /^react-dom($|\/)/, /^@lit\/react($|\/)/, /^@hapur\//],
    // tsc -b runs after and writes the .d.ts files; emptying first keeps its build info honest.
    emptyOutDir: true,
  }),
});
