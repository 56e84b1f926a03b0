import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/types.js';
import { planIds } from '../domain/plans.js';
import { importFile } from './import.js';

/** Where a skipped file is reported (the server's logger fits). */
export interface SeedLog {
  error(message: string, fields: Record<string, unknown>): void;
}

/** The SDK's `data/` directory (shipped in the @hapur/sdk package). */
export function sdkDataDir(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@hapur/sdk/package.json'))), 'data');
}

/** The shipped files in import order: real plans and co-creation, then examples, then demonstration data. */
export function shippedFiles(dir = sdkDataDir()): string[] {
  const list = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(dir, sub, f))
      : [];
  return [
    ...['xk-2026-2028.json', 'al-2020-2022.json', 'cocreation.json']
      .map((f) => join(dir, f))
      .filter((f) => existsSync(f)),
    ...list('examples'),
    ...list('demo'),
  ];
}

/**
 * Imports the SDK's shipped data files when the database holds no plan yet. Each file is its own
 * transaction; a file that fails is reported and skipped so the demo still starts. Returns the files imported.
 */
export async function seedIfEmpty(db: Database, logger: SeedLog, files = shippedFiles()): Promise<string[]> {
  if ((await planIds(db)).length > 0) return [];
  const done: string[] = [];
  for (const file of files) {
    try {
      await importFile(db, JSON.parse(readFileSync(file, 'utf8')), file);
      done.push(file);
    } catch (error) {
      logger.error('seed file skipped', { file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return done;
}
