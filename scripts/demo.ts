// Starts the demo: the reference server on PORT (default 8787) with the embedded database,
// the shipped data imported on first start, the CDN bundle under /cdn/ and the examples under /examples/.
import { fileURLToPath } from 'node:url';
import { exportStatic, startServer } from '@hapur/server';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env['PORT'] ?? 8787);

const server = await startServer({
  port,
  seed: true,
  // Free-topic feedback on the example municipality's pages goes to the municipality, which answers it.
  config: { defaultInstitutionId: 'xk-example-municipality' },
  staticMounts: [
    // Catalogue chunks have a content hash in their names: cached for a year.
    { urlPrefix: '/cdn/', dir: here('../packages/elements/dist-cdn/'), immutable: /^chunks\// },
    // The React and Vue example apps are served from their builds (scripts/start.mjs builds them); before /examples/.
    { urlPrefix: '/examples/react/', dir: here('../examples/react/dist/') },
    { urlPrefix: '/examples/vue/', dir: here('../examples/vue/dist/') },
    { urlPrefix: '/examples/', dir: here('../examples/') },
  ],
});
// The static example reads files that `hapur-server export-static` writes; the demo writes them from its own data.
const files = await exportStatic(server.db, here('../examples/static/data/'));
const base = `http://localhost:${server.port}`;
console.log(`
Hapur demo is running:
  API            ${base}/api/v1/plans   (docs: ${base}/api, OpenAPI: ${base}/openapi.json)
  Examples       ${base}/examples/   (static files only: ${base}/examples/static/, ${files} JSON files)
  React, Vue     ${base}/examples/react/   ${base}/examples/vue/
  CDN bundle     ${base}/cdn/hapur.js
  Staff token    npx hapur-server token create "Your name" --institution xk-example-municipality
                 (in another terminal, while the demo runs; the token is printed once)
Press Ctrl+C to stop.`);
