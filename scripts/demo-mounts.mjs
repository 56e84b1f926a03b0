// What the demo serves besides the API, one list for `npm start` (scripts/demo.ts) and the tests' demo server
// (test/helpers/demo-server.ts), so the e2e tests browse what the demo serves: the CDN loader and its chunks under
// /cdn/, the built Storybook under /storybook/ (issue 20), the React and Vue example apps from their builds, and the
// example pages under /examples/.
import { fileURLToPath } from 'node:url';

/** An absolute path in the repository. */
export const repoPath = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Where `npm run build-storybook` writes the built Storybook. */
export const STORYBOOK_DIR = repoPath('storybook-static/');

/**
 * The demo's static mounts, in the order they answer.
 * @param {{ storybook?: string; staticData?: string }} [options] `storybook`: the directory served at /storybook/
 *   (STORYBOOK_DIR, or a page saying how to build it); `staticData`: a directory served at /examples/static/data/
 *   (the static example's JSON files, when they are not written into examples/ itself).
 */
export function demoMounts({ storybook, staticData } = {}) {
  return [
    // Chunks (blocks, shared code, catalogues) have a content hash in their names: cached for a year, never
    // revalidated. hapur.js and hapur.all.js keep their names across versions: 5 minutes, then the ETag.
    { urlPrefix: '/cdn/', dir: repoPath('packages/elements/dist-cdn/'), immutable: /^chunks\// },
    // Storybook's manager frames its preview (same origin); its assets/ files have hashed names.
    ...(storybook
      ? [{ urlPrefix: '/storybook/', dir: storybook, immutable: /^assets\//, sameOriginFrames: true }]
      : []),
    // The React and Vue example apps are served from their builds (scripts/start.mjs builds them); before /examples/.
    { urlPrefix: '/examples/react/', dir: repoPath('examples/react/dist/') },
    { urlPrefix: '/examples/vue/', dir: repoPath('examples/vue/dist/') },
    ...(staticData ? [{ urlPrefix: '/examples/static/data/', dir: staticData }] : []),
    { urlPrefix: '/examples/', dir: repoPath('examples/') },
  ];
}
