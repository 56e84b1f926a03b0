// Starts the demo: the reference server on PORT (default 8787) with the embedded database,
// the shipped data imported on first start, the CDN loader and its chunks under /cdn/, the examples under
// /examples/ and the built Storybook (`npm run build-storybook`) under /storybook/, or a note saying how to build it.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportStatic, startServer } from '@hapur/server';
import { demoTokens } from './demo-tokens.js';
import { demoMounts, repoPath, STORYBOOK_DIR } from './demo-mounts.mjs';

const port = Number(process.env['PORT'] ?? 8787);

const storybookBuilt = existsSync(join(STORYBOOK_DIR, 'index.html'));
function storybookNote(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hapur-storybook-note-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Storybook is not built</title>' +
      '<h1>Storybook is not built</h1><p>Run <code>npm run build-storybook</code>, then restart <code>npm start</code>: ' +
      'the demo serves <code>storybook-static/</code> here.</p></html>',
  );
  return dir;
}

const server = await startServer({
  port,
  seed: true,
  // Free-topic feedback on the example municipality's pages goes to the municipality, which answers it.
  config: { defaultInstitutionId: 'xk-example-municipality' },
  staticMounts: demoMounts({ storybook: storybookBuilt ? STORYBOOK_DIR : storybookNote() }),
});
// The static example reads files that `hapur-server export-static` writes; the demo writes them from its own data.
const files = await exportStatic(server.db, repoPath('examples/static/data/'));
const base = `http://localhost:${server.port}`;

const tokens = await demoTokens(server.db, resolve(process.env['HAPUR_DATA_DIR'] || '.hapur-data'));
console.log(`
Hapur demo is running:
  API            ${base}/api/v1/plans   (docs: ${base}/api, OpenAPI: ${base}/openapi.json)
  Examples       ${base}/examples/   (static files only: ${base}/examples/static/, ${files} JSON files)
  React, Vue     ${base}/examples/react/   ${base}/examples/vue/
  CDN            ${base}/cdn/hapur.js (loader)   ${base}/cdn/hapur.all.js (every block in one file)
  Storybook      ${base}/storybook/${storybookBuilt ? '' : '   (not built: npm run build-storybook, then restart)'}
  Staff inbox    ${base}/examples/municipality/staff.html
                 token: ${tokens['xk-example-municipality']}
                 ${base}/examples/ministry/staff.html   (ministry xk-mapl, coordinates the plan)
                 token: ${tokens['xk-mapl']}
                 (demonstration tokens, kept in the data directory; your own: npx hapur-server token create
                 "Your name" --institution <id>, in another terminal while the demo runs)
Press Ctrl+C to stop.`);
