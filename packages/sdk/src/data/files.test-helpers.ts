import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

/** Every import file the SDK ships: data/*.json, data/examples/*.json, data/demo/*.json (not the fragments). */
export function dataFiles(): { name: string; json: unknown }[] {
  const names: string[] = [];
  for (const dir of [DATA_DIR, join(DATA_DIR, 'examples'), join(DATA_DIR, 'demo')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) names.push(relative(DATA_DIR, join(dir, f)));
  }
  return names
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as unknown }));
}

export function readData(name: string): unknown {
  const path = join(DATA_DIR, name);
  if (!existsSync(path))
    throw new Error(`data/${name} does not exist — run npm run data:build -w @hapur/sdk (fragments may be missing)`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** The repository root: this file is packages/sdk/src/data/. */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Where the seed documents are: HAPUR_SEEDS_DIR when set, else `shared/seeds` beside the repository
 * folder (how CI checks it out), else /work/shared/seeds.
 */
export function seedsDir(): string {
  const fromEnv = process.env['HAPUR_SEEDS_DIR'];
  if (fromEnv) return fromEnv;
  const beside = join(REPO_ROOT, '..', 'shared', 'seeds');
  return existsSync(beside) ? beside : '/work/shared/seeds';
}

/** Text of the seed whose file name starts with `prefix`, when the seeds folder is available. */
export function seedText(prefix: string): string | undefined {
  const dir = seedsDir();
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((n) => n.startsWith(prefix));
  return name ? readFileSync(join(dir, name), 'utf8') : undefined;
}
