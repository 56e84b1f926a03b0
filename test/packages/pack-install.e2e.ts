// The packages as a user installs them: `npm pack` each workspace, install the tarballs (offline, from the npm
// cache) into a fresh app outside the repo, then build that app with Vite (custom elements + SDK, and a React
// page), type-check it with tsc, and render a React wrapper on the server in plain Node. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser } from '../helpers/browser.js';
import { consumerApp } from './consumer-app.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = {
  '@hapur/sdk': 'sdk',
  '@hapur/elements': 'elements',
  '@hapur/server': 'server',
  '@hapur/react': 'react',
};
const TAGS = ['provider', 'service-info', 'service-list', 'commitment-tracker', 'feedback-form', 'feedback-status']
  .concat(['comments', 'participation-stats', 'publication-checklist'])
  .map((name) => `hapur-${name}`);
// Printed by the elements' defineElement: present only when the registration code survived tree-shaking.
const DEFINE_MARK = 'is already defined';
const rootPkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const pinned = (name: string) => `${name}@${rootPkg.devDependencies[name]}`;

const timings: [string, number][] = [];
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    const seconds = (performance.now() - t0) / 1000;
    timings.push([label, seconds]);
    console.log(`pack-install: ${label} ${seconds.toFixed(1)} s`);
  }
}
const sh = (cmd: string, args: string[], cwd: string) => run(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
const tool = (path: string) => join(repo, 'node_modules', path);
const readAssets = (dir: string) =>
  readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
    .join('\n');

interface ExampleService {
  id: string;
  name: { values: Record<string, string> };
}
let work: string;
let app: string;
let services: ExampleService[] = [];

/** Serves a built app's files (no API): enough for a page that reads JSON files with data-src. */
async function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', json: 'application/json' };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

before(async () => {
  for (const folder of Object.values(PACKAGES)) {
    assert.ok(
      existsSync(join(repo, 'packages', folder, 'dist/index.js')),
      `packages/${folder}/dist: run npm run build`,
    );
  }
  work = mkdtempSync(join(tmpdir(), 'hapur-pack-'));
  app = join(work, 'app');
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const workspaces = Object.keys(PACKAGES).flatMap((name) => ['-w', name]);
  const packed = await timed('npm pack (4 packages)', () =>
    sh('npm', ['pack', ...workspaces, '--pack-destination', tarballs, '--json'], repo),
  );
  const files = (JSON.parse(packed.stdout) as { filename: string }[]).map((p) => join(tarballs, p.filename));
  for (const [path, text] of Object.entries(consumerApp)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
  const extras = ['react', 'react-dom', '@types/react', '@types/react-dom'].map(pinned);
  const install = (mode: string) =>
    sh('npm', ['install', mode, '--no-audit', '--no-fund', '--ignore-scripts', ...files, ...extras], app);
  await timed('npm install (tarballs + react)', () => install('--offline').catch(() => install('--prefer-offline')));
  // The React page reads real example services, from the data files @hapur/sdk publishes.
  const examples = JSON.parse(
    readFileSync(join(app, 'node_modules/@hapur/sdk/data/examples/services.json'), 'utf8'),
  ) as { services: ExampleService[] };
  services = examples.services;
  mkdirSync(join(app, 'react/public'));
  writeFileSync(join(app, 'react/public/service.json'), JSON.stringify(services[0]));
  writeFileSync(join(app, 'react/public/services.json'), JSON.stringify({ items: services }));
});

after(() => {
  const total = timings.reduce((sum, [, s]) => sum + s, 0);
  console.log(
    `pack-install: total ${total.toFixed(1)} s (${timings.map(([l, s]) => `${l} ${s.toFixed(1)}`).join(', ')})`,
  );
  if (work && !process.env['HAPUR_KEEP_PACK_APP']) rmSync(work, { recursive: true, force: true });
});

describe('the packed packages, installed into a fresh app', () => {
  it('installs each package from its tarball, with the server CLI', () => {
    for (const name of Object.keys(PACKAGES)) {
      const pkg = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')) as { name: string };
      assert.equal(pkg.name, name);
    }
    assert.ok(existsSync(join(app, 'node_modules/.bin/hapur-server')), 'npm linked the hapur-server binary');
    // Only what the package needs ships: no TypeScript sources, no test files.
    const elements = join(app, 'node_modules/@hapur/elements');
    assert.equal(existsSync(join(elements, 'src')), false);
    assert.deepEqual(
      readdirSync(join(elements, 'dist'), { recursive: true }).filter((f) =>
        /\.test\.[jt]s$|\.test\.d\.ts$/.test(String(f)),
      ),
      [],
    );
  });

  it('imports in plain Node and server-renders a React wrapper', async () => {
    const { stdout } = await timed('node ssr.mjs', () => sh(process.execPath, ['ssr.mjs'], app));
    const result = JSON.parse(stdout) as { html: string; createClient: string; startServer: string };
    assert.match(
      result.html,
      /^<hapur-service-info id="info" service-id="example-building-permit"><\/hapur-service-info>$/,
    );
    assert.equal(result.createClient, 'function');
    assert.equal(result.startServer, 'function');
  });

  it('builds a Vite page using the elements and the SDK, with every tag registered', async () => {
    await timed('vite build (elements + sdk)', () =>
      sh(process.execPath, [tool('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app),
    );
    const js = readAssets(join(app, 'dist'));
    for (const tag of TAGS) assert.ok(js.includes(tag), `the bundle defines <${tag}>`);
    assert.ok(js.includes(DEFINE_MARK), 'the registration code of all.js was kept');
    assert.ok(!/from\s*["']@hapur\//.test(js), 'no bare @hapur import is left for the browser');
    assert.ok(readFileSync(join(app, 'dist/index.html'), 'utf8').includes('<hapur-service-info'));
  });

  it('builds a React page with @hapur/react, which registers the elements it uses and no others', async () => {
    await timed('vite build (react)', () =>
      sh(process.execPath, [tool('vite/bin/vite.js'), 'build', 'react', '--logLevel', 'warn'], app),
    );
    const js = readAssets(join(app, 'react/dist'));
    // The page uses the provider, the service card and the list: each wrapper imports its own block's entry.
    const used = ['hapur-provider', 'hapur-service-info', 'hapur-service-list'];
    const has = (tag: string) => new RegExp(`["'\`]${tag}["'\`]`).test(js);
    for (const tag of used) assert.ok(has(tag), `the React bundle registers <${tag}>`);
    for (const tag of TAGS.filter((t) => !used.includes(t)))
      assert.ok(!has(tag), `<${tag}> is not used, so it is not in the React bundle`);
    assert.ok(js.includes(DEFINE_MARK), "@hapur/react's sideEffects: false did not drop the element registration");
  });

  it('in Chromium, the React wrappers set properties and their event props fire', async () => {
    const server = await serve(join(app, 'react/dist'));
    const browser = await launchBrowser();
    try {
      await timed('chromium (react page)', async () => {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
        // dataSrc is a property (no attribute given): the element can only load if the wrapper set it.
        await page.waitForFunction(() => document.body.dataset['infoLoad'] && document.body.dataset['listLoad'], null, {
          timeout: 10_000,
        });
        const recorded = await page.evaluate(() => ({ ...document.body.dataset }));
        assert.deepEqual(recorded, { infoLoad: 'url', listLoad: 'url' });
        const name = services[0]?.name.values['en'];
        assert.ok(name, 'the first example service has an English name');
        // headingLevel is a property too: the card's title is a level-3 heading, not the default 2.
        const title = page.locator('hapur-service-info').getByRole('heading', { level: 3, name });
        await title.waitFor({ timeout: 10_000 });
        const items = await page.locator('hapur-service-list').getByRole('listitem').count();
        assert.ok(items >= services.length, `the list shows every service (${items} items)`);
      });
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('type-checks for a consumer: typed props and events come from the published .d.ts files', async () => {
    await timed('tsc (consumer app)', async () => {
      const result = await sh(process.execPath, [tool('typescript/bin/tsc'), '-p', 'tsconfig.json'], app).catch(
        (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
      );
      assert.equal(result.stdout.trim(), '', 'tsc reported errors');
    });
  });
});
