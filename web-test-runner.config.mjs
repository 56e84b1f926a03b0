// One web-test-runner config for the repo: a group per package and per component, so
// `npx wtr --group service-info` runs one element's tests. Browser: Debian's Chromium, never a download.
import { readdirSync, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumPath } from './scripts/chromium.mjs';
import { languageFilesServerPlugin } from './scripts/language-files.mjs';

/**
 * `hapur-forced-colors` command: emulates Windows High Contrast (`forced-colors: active`) in Chromium
 * through the DevTools protocol, which the stock emulateMedia command does not pass on for this launcher.
 * Chromium then really forces system colours, so tests can check the computed result.
 */
function forcedColorsPlugin() {
  return {
    name: 'hapur-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hapur-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

/**
 * `hapur-time-zone` command: the page's time zone (an IANA name; none for the machine's), through the DevTools
 * protocol, so a test can see what a person east of UTC sees after their midnight on a machine that runs in UTC.
 */
function timeZonePlugin() {
  return {
    name: 'hapur-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hapur-time-zone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload?.zone);
      return true;
    },
  };
}

const componentsDir = new URL('./packages/elements/src/components/', import.meta.url);
const components = existsSync(componentsDir) ? readdirSync(componentsDir) : [];

/**
 * `hapur-block-folders` command: what each block folder holds (file paths, `translations/` included) and
 * the relative imports of its source files, for the folder-shape test in the browser
 * (packages/elements/src/internal/folder-shape.test.ts), as the React wrapper test reads the elements' files.
 */
function blockFoldersPlugin() {
  const list = (dir, prefix = '') =>
    readdirSync(dir).flatMap((name) => {
      const path = new URL(name, dir);
      return statSync(path).isDirectory() ? list(new URL(`${name}/`, dir), `${prefix}${name}/`) : [`${prefix}${name}`];
    });
  return {
    name: 'hapur-block-folders',
    async executeCommand({ command }) {
      if (command !== 'hapur-block-folders') return undefined;
      return components.map((name) => {
        const dir = new URL(`${name}/`, componentsDir);
        const files = list(dir);
        const imports = files
          .filter((file) => file.endsWith('.ts') && !/(\.test|\.spec)\.ts$|(^|\/)test\//.test(file))
          .flatMap((file) =>
            [...readFileSync(new URL(file, dir), 'utf8').matchAll(/(?:from|import)\s*\(?'(\.[^']+)'/g)].map((m) => ({
              file,
              from: m[1],
            })),
          );
        return { name, files, imports };
      });
    },
  };
}

export default {
  nodeResolve: { exportConditions: ['@hapur/source', 'browser', 'import', 'default'] },
  rootDir: '.',
  files: ['packages/*/src/**/*.browser.test.ts', 'packages/elements/src/**/*.test.ts'],
  groups: [
    { name: 'sdk', files: 'packages/sdk/src/**/*.browser.test.ts' },
    {
      name: 'elements-internal',
      files: ['packages/elements/src/internal/**/*.test.ts', 'packages/elements/src/translations/**/*.test.ts'],
    },
    ...components.map((name) => ({ name, files: `packages/elements/src/components/${name}/**/*.test.ts` })),
  ],
  plugins: [
    // Lets tests read Chromium's accessibility tree (role and name) with a11ySnapshot().
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    timeZonePlugin(),
    blockFoldersPlugin(),
    // A catalogue's language files, found from its folder, as the builds find them (scripts/language-files.mjs).
    languageFilesServerPlugin(fileURLToPath(new URL('.', import.meta.url))),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // The plugin reads the tsconfig raw ("extends" is not followed): point it at the base with the decorator options.
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // Every test page behaves as the focused, visible page: focus/blur events fire and animation frames run
      // even when another tab is in front. Without it, a page that lost the front (seen in CI under load, once
      // per few full runs) hung in fixture() or missed focusout, failed, and held the run for testsFinishTimeout.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        await page.bringToFront();
        return page;
      },
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a page that is not in front gets no animation frames in headless Chromium, so
  // open-wc's fixture() and axe hang in the second of two concurrent pages (seen with concurrency 2).
  concurrency: 1,
  // The whole suite runs longer than the default 2 minutes on two busy cores; a single test still times out after 10 s.
  testsFinishTimeout: 15 * 60 * 1000,
  testFramework: { config: { timeout: 10000 } },
  // A test that writes console.error / console.warn fails (see the fail-on-console setup in each test file's helpers).
  browserLogs: true,
};
