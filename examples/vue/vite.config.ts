import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `base: './'` makes the build work under any path (the demo serves it at /examples/vue/).
// In development, `/api` is proxied to the Hapur server (`npm start` at the repository root).
export default defineConfig({
  base: './',
  plugins: [
    // Hapur's blocks are custom elements, not Vue components: Vue renders <hapur-*> tags as they are.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('hapur-') } } }),
  ],
  server: { proxy: { '/api': process.env['HAPUR_SERVER'] ?? 'http://localhost:8787' } },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
