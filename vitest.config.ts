import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath } from './scripts/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every story is rendered in headless Debian Chromium and checked with axe (a11y.test = 'error'):
// a story that throws or has an accessibility violation fails the test command.
export default defineConfig({
  resolve: { conditions: ['@hapur/source', 'browser', 'module', 'import', 'default'] },
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // A story's render, play and axe check get 60 s, not vitest's 15: the "Every language" stories draw their
          // block six times (stories/every-language.ts), and the checklist's took 23 s on a loaded 2-core machine.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath(),
                args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
