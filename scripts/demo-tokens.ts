// The demo's staff tokens (scripts/demo.ts prints them with the staff pages' addresses; issue 16).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStaffToken, isStaffTokenActive, type Database } from '@hapur/server';

/** Who gets a demonstration token: the example municipality, and the ministry that coordinates the plan. */
export const DEMO_STAFF = [
  ['xk-example-municipality', 'Demo staff (example municipality)'],
  ['xk-mapl', 'Demo staff (ministry)'],
] as const;

/**
 * Demonstration staff tokens, one for the example municipality and one for the ministry that coordinates
 * the plan (it sees comments on every commitment), made on first start and kept in the data directory
 * (owner-only file) so each start can print them; a revoked or expired one is replaced.
 */
export async function demoTokens(db: Database, dataDir: string): Promise<Record<string, string>> {
  const file = join(dataDir, 'demo-staff-tokens.json');
  const kept = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [institution, name] of DEMO_STAFF) {
    const token = kept[institution];
    out[institution] =
      token && (await isStaffTokenActive(db, token)) ? token : await createStaffToken(db, name, institution);
  }
  writeFileSync(file, JSON.stringify(out, null, 2), { mode: 0o600 });
  return out;
}
