import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { testConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/driver.js';
import { migrate } from '../db/migrate.js';
import type { StaticMount } from '../http/static.js';

export interface Harness {
  db: Database;
  config: Config;
  clock: { now: Date };
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** One in-memory PGlite (or HAPUR_TEST_DATABASE_URL) with migrations, and an app on it. Share one per test file. */
export async function createHarness(overrides: Partial<Config> = {}, staticMounts: StaticMount[] = []): Promise<Harness> {
  const databaseUrl = process.env['HAPUR_TEST_DATABASE_URL'];
  const db = await openDatabase({ databaseUrl });
  await migrate(db);
  const config = testConfig({ writeRateLimit: 0, ...overrides });
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const app = createApp({ db, config, staticMounts, now: () => clock.now });
  return {
    db,
    config,
    clock,
    request: async (path, init) => app.request(path, init),
    close: () => db.close(),
  };
}

export function tempDir(prefix: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
