// What most e2e files open before their tests and close after: the demo server and Debian's Chromium.
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startDemoServer, type DemoOptions, type DemoServer } from './demo-server.js';

export interface DemoAndBrowser {
  demo: DemoServer;
  browser: Browser;
}

/** Starts the demo server (options as `startDemoServer`'s) and a browser; stops the server if the browser fails. */
export async function startDemoAndBrowser(options: DemoOptions = {}): Promise<DemoAndBrowser> {
  const demo = await startDemoServer(options);
  try {
    return { demo, browser: await launchBrowser() };
  } catch (error) {
    await demo.stop();
    throw error;
  }
}

/** Closes the browser, then stops the server (either may be missing when a start failed). */
export async function stopDemoAndBrowser({ demo, browser }: Partial<DemoAndBrowser>): Promise<void> {
  await browser?.close();
  await demo?.stop();
}
