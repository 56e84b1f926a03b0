import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import type { AppDeps } from '../app-env.js';
import { testConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/driver.js';
import { migrate } from '../db/migrate.js';
import type { StaticMount } from '../http/static.js';
import { openTestPglite } from './pglite-template.js';

export interface Harness {
  db: Database;
  config: Config;
  clock: { now: Date };
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A fresh database per harness: in-memory PGlite, or — when HAPUR_TEST_DATABASE_URL is set — a new
 * database created on that Postgres server and dropped on close. Share one harness per test file.
 */
export async function createHarness(
  overrides: Partial<Config> = {},
  staticMounts: StaticMount[] = [],
  /** Extra dependencies made once the database and clock exist (a webhook sender). */
  extra: (db: Database, now: () => Date) => Pick<AppDeps, 'webhooks'> = () => ({}),
): Promise<Harness> {
  const { db, drop } = await freshDatabase();
  await migrate(db);
  const config = testConfig({ writeRateLimit: 0, ...overrides });
  const clock = { now: new Date('2026-03-02T09:00:00Z') };
  const now = () => clock.now;
  const app = createApp({
    db,
    config,
    staticMounts,
    now,
    sharedLimits: db.kind === 'postgres',
    ...extra(db, now),
  });
  return {
    db,
    config,
    clock,
    request: async (path, init) => app.request(path, init),
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

async function freshDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const fresh = await freshDatabaseUrl();
  if (!fresh) return { db: await openTestPglite(), drop: async () => undefined };
  const db = await openDatabase({ databaseUrl: fresh.url });
  return { db, drop: fresh.drop };
}

/**
 * With HAPUR_TEST_DATABASE_URL (the postgres-tests step): a new empty database on that server, its URL (for
 * a CLI child's DATABASE_URL) and how to drop it. Without: undefined, and the caller uses PGlite.
 */
export async function freshDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const base = process.env['HAPUR_TEST_DATABASE_URL'];
  if (!base) return undefined;
  const name = `hapur_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ databaseUrl: base });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    },
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
