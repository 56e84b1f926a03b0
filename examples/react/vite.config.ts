import { defineConfig } from 'vite';

// A plain Vite app: Vite 8 compiles JSX/TSX itself (Oxc), so no React plugin is needed.
// `base: './'` makes the build work under any path (the demo serves it at /examples/react/).
// In development, `/api` is proxied to the Hapur server (`npm start` at the repository root).
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/api': process.env['HAPUR_SERVER'] ?? 'http://localhost:8787' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // React in its own chunk: it changes less often than the app, so browsers keep it cached longer.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
});
