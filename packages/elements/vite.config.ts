import { defineConfig } from 'vite';

// Three builds from one config, chosen by --mode:
//   vite build                 → dist/: ESM library, one file per module; lit, @lit/* and @hapur/sdk stay external
//   vite build --mode bundle   → dist-cdn/hapur.js: one self-contained file for <script type="module">
//                                (Lit and the SDK inside); each language catalogue is its own small chunk in
//                                dist-cdn/chunks/, loaded on first use, so a page pays for one language only
//   HAPUR_BLOCK=service-info vite build --mode block → dist-size/<block>.js: one block alone, to measure it
// @hapur/sdk resolves to its TypeScript source through the "@hapur/source" export condition.
export default defineConfig(({ mode }) => {
  const conditions = ['@hapur/source', 'browser', 'module', 'import', 'default'];
  if (mode === 'bundle' || mode === 'block') {
    const block = process.env['HAPUR_BLOCK'] ?? 'service-info';
    const bundle = mode === 'bundle';
    return {
      resolve: { conditions },
      build: {
        target: 'es2022',
        outDir: bundle ? 'dist-cdn' : 'dist-size',
        emptyOutDir: bundle,
        sourcemap: bundle,
        minify: true,
        lib: {
          entry: bundle ? { hapur: 'src/all.ts' } : { [block]: `src/components/${block}/${block}.define.ts` },
          formats: ['es'],
        },
        rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    resolve: { conditions },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: { entry: { index: 'src/index.ts', all: 'src/all.ts' }, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@hapur\/sdk($|\/)/, /^zod($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src' },
      },
    },
  };
});
