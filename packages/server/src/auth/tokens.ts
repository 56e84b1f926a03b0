import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { DEFAULT_TOKEN_DAYS } from '../config.js';
import type { Queryable } from '../db/types.js';
import { problems } from '../http/problem.js';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface Staff {
  tokenId: number;
  name: string;
  institutionId: string;
  /** When the token stops working (ISO date-time). */
  expiresAt: string;
}

export class UnknownInstitutionError extends Error {
  override readonly name = 'UnknownInstitutionError';
}

const DAY_MS = 86_400_000;

export interface TokenOptions {
  /** Days until the token expires (default {@link DEFAULT_TOKEN_DAYS}). */
  days?: number;
  now?: Date;
}

/** Creates a staff token scoped to one institution; returns it once (only its SHA-256 is stored). */
export async function createStaffToken(
  db: Queryable,
  name: string,
  institutionId: string,
  { days = DEFAULT_TOKEN_DAYS, now = new Date() }: TokenOptions = {},
): Promise<string> {
  const known = await db.query('SELECT 1 FROM institutions WHERE id = $1', [institutionId]);
  if (known.rowCount === 0)
    throw new UnknownInstitutionError(`No institution "${institutionId}". Import its data first.`);
  const token = `hapur_${randomBytes(32).toString('base64url')}`;
  await db.query(
    `INSERT INTO staff_tokens (name, institution_id, token_hash, created_at, expires_at)
     VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
    [name, institutionId, sha256(token), now.toISOString(), new Date(now.getTime() + days * DAY_MS).toISOString()],
  );
  return token;
}

/** One staff token as `token list` shows it: never the token or its hash. */
export interface StaffTokenInfo {
  id: number;
  name: string;
  institutionId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | undefined;
}

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

export async function listStaffTokens(db: Queryable): Promise<StaffTokenInfo[]> {
  const { rows } = await db.query<{
    id: string | number;
    name: string;
    institution_id: string;
    created_at: unknown;
    expires_at: unknown;
    revoked_at: unknown;
  }>('SELECT id, name, institution_id, created_at, expires_at, revoked_at FROM staff_tokens ORDER BY id');
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    institutionId: r.institution_id,
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    revokedAt: r.revoked_at ? iso(r.revoked_at) : undefined,
  }));
}

/** Revokes a token by its id (from `token list`); false when there is no such token. Revoking twice keeps the first time. */
export async function revokeStaffToken(db: Queryable, id: number, now = new Date()): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE staff_tokens SET revoked_at = coalesce(revoked_at, $2::timestamptz) WHERE id = $1',
    [id, now.toISOString()],
  );
  return rowCount > 0;
}

/** True when `token` is a staff token of this database that is neither revoked nor expired. */
export async function isStaffTokenActive(db: Queryable, token: string, now = new Date()): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM staff_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2::timestamptz',
    [sha256(token), now.toISOString()],
  );
  return rowCount > 0;
}

/** The staff member behind `Authorization: Bearer …`, or a 401 problem saying why (missing, unknown, revoked, expired). */
export async function requireStaff(c: Context, db: Queryable, now = new Date()): Promise<Staff> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  if (!match?.[1]) throw problems.unauthorized();
  const { rows } = await db.query<{
    id: string | number;
    name: string;
    institution_id: string;
    expires_at: unknown;
    revoked_at: unknown;
  }>('SELECT id, name, institution_id, expires_at, revoked_at FROM staff_tokens WHERE token_hash = $1', [
    sha256(match[1]),
  ]);
  const row = rows[0];
  if (!row) throw problems.unauthorized('The bearer token is not a staff token of this server.');
  if (row.revoked_at)
    throw problems.unauthorized(
      `This staff token was revoked on ${iso(row.revoked_at).slice(0, 10)}. Ask an administrator for a new one.`,
      'token_revoked',
    );
  if (new Date(iso(row.expires_at)) <= now)
    throw problems.unauthorized(
      `This staff token expired on ${iso(row.expires_at).slice(0, 10)}. Ask an administrator for a new one.`,
      'token_expired',
    );
  return { tokenId: Number(row.id), name: row.name, institutionId: row.institution_id, expiresAt: iso(row.expires_at) };
}

/**
 * 403 unless the staff member belongs to `institutionId`. `why` ends the detail's sentence, after "Your token belongs
 * to <institution>;": whose the thing is (`opportunity X is organised by Y`, `Y's checks are for Y to record`).
 */
export function requireInstitution(staff: Staff, institutionId: string | null | undefined, why: string): void {
  if (!institutionId || staff.institutionId !== institutionId) {
    throw problems.forbidden(`Your token belongs to ${staff.institutionId}; ${why}.`);
  }
}
