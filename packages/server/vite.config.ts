import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

// The SQL migrations are read from disk at run time (src/db/migrations → dist/db/migrations).
const copyMigrations = (): Plugin => ({
  name: 'hapur-copy-migrations',
  closeBundle() {
    cpSync('src/db/migrations', 'dist/db/migrations', { recursive: true, filter: (f) => !f.includes('.test.') });
  },
});

// Node library build of the server (ESM, one file per module); every dependency and Node built-in stays external.
export default defineConfig({
  plugins: [copyMigrations()],
  resolve: { conditions: ['@hapur/source', 'node', 'import', 'default'] },
  ssr: { noExternal: [] },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { index: 'src/index.ts', cli: 'src/cli.ts' },
      external: [/^@hapur\//, /^hono($|\/)/, /^@hono\//, /^@electric-sql\//, /^pg($|\/)/, /^node:/, ...builtinModules],
      output: { format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
