import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { Queryable } from '../db/types.js';
import { problems } from '../http/problem.js';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface Staff {
  tokenId: number;
  name: string;
  institutionId: string;
}

export class UnknownInstitutionError extends Error {
  override readonly name = 'UnknownInstitutionError';
}

/** Creates a staff token scoped to one institution; returns it once (only its SHA-256 is stored). */
export async function createStaffToken(db: Queryable, name: string, institutionId: string): Promise<string> {
  const known = await db.query('SELECT 1 FROM institutions WHERE id = $1', [institutionId]);
  if (known.rowCount === 0)
    throw new UnknownInstitutionError(`No institution "${institutionId}". Import its data first.`);
  const token = `hapur_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO staff_tokens (name, institution_id, token_hash) VALUES ($1, $2, $3)', [
    name,
    institutionId,
    sha256(token),
  ]);
  return token;
}

/** The staff member behind `Authorization: Bearer …`, or a 401 problem. */
export async function requireStaff(c: Context, db: Queryable): Promise<Staff> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  if (!match?.[1]) throw problems.unauthorized();
  const { rows } = await db.query<{ id: string | number; name: string; institution_id: string }>(
    'SELECT id, name, institution_id FROM staff_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [sha256(match[1])],
  );
  const row = rows[0];
  if (!row) throw problems.unauthorized('The bearer token is not valid or was revoked.');
  return { tokenId: Number(row.id), name: row.name, institutionId: row.institution_id };
}

/** 403 unless the staff member belongs to `institutionId`. */
export function requireInstitution(staff: Staff, institutionId: string | null | undefined, what: string): void {
  if (!institutionId || staff.institutionId !== institutionId) {
    throw problems.forbidden(`Your token belongs to ${staff.institutionId}; ${what} belongs to another institution.`);
  }
}
