// Starts the demo server in-process for cross-package tests: a fresh embedded database in a temporary
// directory, the shipped data imported, the CDN bundle under /cdn/ and the examples under /examples/
// (the React and Vue example apps from their built dist/, as `npm start` serves them).
import { cpSync, mkdtempSync, renameSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaffToken, exportStatic, startServer, type Database } from '@hapur/server';
import { demoMounts, repoPath as repo, STORYBOOK_DIR } from '../../scripts/demo-mounts.mjs';

export interface DemoServer {
  url: string;
  dataDir: string;
  /** The server's database (the embedded one in `dataDir`). */
  db: Database;
  /** Creates a staff bearer token scoped to one institution, as `hapur-server token create` does. */
  staffToken(institutionId: string, name?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface DemoOptions {
  /**
   * Also serve the static example's JSON files under /examples/static/data/, exported from the server's own
   * data into the temporary directory as `npm start` does (without writing into the checkout).
   */
  staticData?: boolean;
  /** Also serve the built Storybook (`npm run build-storybook` → storybook-static/) under /storybook/. */
  storybook?: boolean;
}

export async function startDemoServer(options: DemoOptions = {}): Promise<DemoServer> {
  const bundle = repo('packages/elements/dist-cdn/hapur.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build -w @hapur/elements\` first.`);
  if (options.storybook && !existsSync(repo('storybook-static/index.json')))
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
  const dataDir = await seededDataDir();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seed: true,
    handleSignals: false,
    // The demo's own mounts (scripts/demo-mounts.mjs), so the tests browse what `npm start` serves.
    staticMounts: demoMounts({
      ...(options.storybook ? { storybook: STORYBOOK_DIR } : {}),
      ...(options.staticData ? { staticData: join(dataDir, 'static') } : {}),
    }),
  });
  if (options.staticData) await exportStatic(server.db, join(dataDir, 'static'));
  return {
    url: server.url,
    dataDir,
    db: server.db,
    staffToken: (institutionId, name = 'e2e staff') => createStaffToken(server.db, name, institutionId),
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A temporary data directory for one demo server. Within a run of scripts/node-test.mjs, which names a scratch
 * directory for the run in HAPUR_E2E_SEEDED (and removes it after), the first demo server migrates and seeds a
 * database there, and every later one starts on a copy of it: the same data, without Postgres's initdb, the
 * migrations and the import each time (most of a demo start). A file run on its own seeds its own, as before.
 */
async function seededDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hapur-e2e-'));
  const run = process.env['HAPUR_E2E_SEEDED'];
  if (!run || !existsSync(run)) return dataDir;
  const template = join(run, 'seeded');
  if (!existsSync(template)) {
    const build = mkdtempSync(join(run, 'build-'));
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: build, seed: true, handleSignals: false });
    await server.close();
    try {
      renameSync(build, template);
    } catch {
      rmSync(build, { recursive: true, force: true }); // another test file's copy came first: use that one
    }
  }
  cpSync(template, dataDir, { recursive: true, filter: (path) => !path.endsWith('hapur.lock') });
  return dataDir;
}
