import { createStaffToken } from '../auth/tokens.js';
import { importFile } from '../seed/import.js';
import { fixtureFile } from './fixtures.js';
import { createHarness, type Harness } from './harness.js';

/** A staff token to make: the person's name (what the history shows as `by`) and their institution's id. */
export type StaffSpec = readonly [name: string, institutionId: string];

/** Arta at agency A and Besa at ministry B, the fixture's two institutions. */
export const ARTA: StaffSpec = ['Arta (agency A)', 'xk-test-a'];
export const BESA: StaffSpec = ['Besa (ministry B)', 'xk-test-b'];

/**
 * `[harness, ...tokens]`: a fresh harness with the test fixture imported and one staff token per `staff`, made in that order: the setup the
 * inbox, progress and service-upkeep tests share. Close the harness after the file (`after(() => h.close())`).
 */
export async function staffHarness<S extends readonly StaffSpec[]>(
  ...staff: S
): Promise<[Harness, ...{ -readonly [K in keyof S]: string }]> {
  const h = await createHarness();
  await importFile(h.db, fixtureFile(), 'fixture.json');
  const tokens: string[] = [];
  for (const [name, institutionId] of staff) tokens.push(await createStaffToken(h.db, name, institutionId));
  return [h, ...(tokens as { -readonly [K in keyof S]: string })];
}
