import { defineConfig } from 'vite';

// dist/: an ESM library, one file per module. React, @lit/react and the Hapur packages stay external:
// the app's bundler resolves them (one React, one copy of each element definition).
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    // tsc -b runs after and writes the .d.ts files; emptying first keeps its build info honest.
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@lit\/react($|\/)/, /^@hapur\//],
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
});
