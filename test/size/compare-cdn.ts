// Measures, the way test/e2e/page-weight.e2e.ts measures Hapur's pages (test/helpers/page-weight.ts: every script
// response, gzip -9, in Chromium), the JavaScript two other design systems' lazy loaders make a page download:
// Shoelace (its autoloader) and Canada's GCDS (its Stencil loader), installed from the npm registry into a directory
// of your choice, served locally, loaded in Debian's Chromium, beside the same two pages built with Hapur's loader
// (dist-cdn/, from `npm run build -w @hapur/elements`; the blocks read the demo server's API, as on the example pages).
// The table goes into docs/embedding.md by hand. Not part of the test command: neither library is a dependency.
//   mkdir /tmp/cmp && cd /tmp/cmp && npm init -y && npm i @shoelace-style/shoelace @cdssnc/gcds-components --ignore-scripts
//   node --conditions=@hapur/source --import tsx test/size/compare-cdn.ts /tmp/cmp/node_modules
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../helpers/browser.js';
import { startDemoServer } from '../helpers/demo-server.js';
import { measurePageScripts } from '../helpers/page-weight.js';

const modules = process.argv[2];
if (!modules) throw new Error('usage: compare-cdn.ts <node_modules directory holding both libraries>');
const version = (name: string) =>
  (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;

process.env['LOG_LEVEL'] ??= 'warn';
const demo = await startDemoServer();
const cdn = fileURLToPath(new URL('../../packages/elements/dist-cdn/', import.meta.url));
const hapurVersion = (
  JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const hapur = (tags: string) =>
  `<script type="module" src="/cdn/hapur.js"></script><hapur-provider api="${demo.url}/api/v1">${tags}</hapur-provider>`;
const shoelace = (tags: string) =>
  `<script type="module" src="/m/@shoelace-style/shoelace/cdn/shoelace-autoloader.js"></script>${tags}`;
const gcds = (tags: string) =>
  `<script type="module" src="/m/@cdssnc/gcds-components/dist/gcds/gcds.esm.js"></script>${tags}`;
const PAGES: Record<string, string> = {
  [`Hapur ${hapurVersion} (loader): one service card`]: hapur(
    '<hapur-service-info service-id="example-building-permit"></hapur-service-info>',
  ),
  [`Hapur: a form (the feedback form)`]: hapur(
    '<hapur-feedback-form institution="xk-example-municipality" privacy-url="#privacy"></hapur-feedback-form>',
  ),
  [`Shoelace ${version('@shoelace-style/shoelace')}: one button`]: shoelace('<sl-button>Send</sl-button>'),
  [`Shoelace: a form (input, textarea, select, checkbox, button, alert)`]: shoelace(
    '<sl-input label="Name"></sl-input><sl-textarea label="Message"></sl-textarea><sl-select label="Type"><sl-option value="a">A</sl-option></sl-select><sl-checkbox>Agree</sl-checkbox><sl-button>Send</sl-button><sl-alert open>Sent</sl-alert>',
  ),
  [`GCDS ${version('@cdssnc/gcds-components')}: one button`]: gcds('<gcds-button>Send</gcds-button>'),
  [`GCDS: a form (input, textarea, select, checkbox, button, notice)`]: gcds(
    '<gcds-input input-id="n" label="Name" name="n"></gcds-input><gcds-textarea textarea-id="m" label="Message" name="m"></gcds-textarea><gcds-select select-id="t" label="Type" name="t"><option value="a">A</option></gcds-select><gcds-checkboxes name="c" legend="Agree" options=\'[{"id":"c1","label":"Agree","value":"y"}]\'></gcds-checkboxes><gcds-button>Send</gcds-button><gcds-notice type="success" notice-title-tag="h2" notice-title="Sent"><gcds-text>Sent</gcds-text></gcds-notice>',
  ),
};

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const page = Object.keys(PAGES).findIndex((_, i) => url.pathname === `/page-${i}.html`);
  if (page >= 0) {
    const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>x</title><body>${Object.values(PAGES)[page]}</body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
    return;
  }
  const root = url.pathname.startsWith('/m/') ? modules : url.pathname.startsWith('/cdn/') ? cdn : undefined;
  if (!root) return void res.writeHead(404).end();
  const path = url.pathname.slice(url.pathname.indexOf('/', 1) + 1);
  const file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  readFile(file).then(
    (bytes) => res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(bytes),
    () => res.writeHead(404).end(),
  );
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchBrowser();
console.log(`measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Chromium, gzip -9`);
console.log('| page | JS (gzip -9) | scripts |\n| --- | --- | --- |');
for (const [i, name] of Object.keys(PAGES).entries()) {
  const m = await measurePageScripts(browser, `${base}/page-${i}.html`);
  console.log(`| ${name} | ${(m.bytes / 1024).toFixed(1)} KB | ${m.files.length} |`);
}
await browser.close();
server.close();
await demo.stop();
