import type { Database, Queryable } from '../db/driver.js';
import { sha256 } from '../auth/tokens.js';
import { problems } from '../http/problem.js';
import { keyHash, seal, unseal } from './idempotency.js';
import { newReference, newStatusToken } from './reference.js';

/** What the route hands the store: the validated input split into its public part and its personal part. */
export interface NewSubmission {
  type: string;
  country: string;
  institutionId: string | undefined;
  planId: string | undefined;
  commitmentNumber: string | undefined;
  /** The input without contact details. */
  input: unknown;
  /** Contact details, only when the person consented. */
  contact: unknown;
  quarantined: boolean;
  demonstration: boolean;
  clientHash: string | undefined;
  submittedAt: Date;
  respondBy: Date | undefined;
}

export interface Receipt {
  reference: string;
  statusToken: string;
  status: string;
  submittedAt: string;
  respondBy?: string;
}

export interface SubmitResult {
  status: number;
  body: Receipt;
  replayed: boolean;
}

/**
 * Stores a submission exactly once per Idempotency-Key: the key row is claimed with a unique index
 * in the same transaction as the submission, so concurrent retries wait for the first and then replay
 * its response; a different body under the same key is a 422.
 */
export async function submitOnce(
  db: Database,
  key: string,
  requestHash: string,
  submission: NewSubmission,
): Promise<SubmitResult> {
  const hashed = keyHash(key);
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (key_hash, request_hash, created_at) VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
      [hashed, requestHash, submission.submittedAt.toISOString()],
    );
    if (claimed.rowCount === 0) return replay(tx, key, hashed, requestHash);
    const body = await insertSubmission(tx, submission);
    await tx.query('UPDATE idempotency_keys SET response_status = 201, response_sealed = $2 WHERE key_hash = $1', [
      hashed,
      seal(key, JSON.stringify(body)),
    ]);
    return { status: 201, body, replayed: false };
  });
}

async function replay(tx: Queryable, key: string, hashed: string, requestHash: string): Promise<SubmitResult> {
  const { rows } = await tx.query<{
    request_hash: string;
    response_status: number | null;
    response_sealed: string | null;
  }>('SELECT request_hash, response_status, response_sealed FROM idempotency_keys WHERE key_hash = $1', [hashed]);
  const row = rows[0];
  if (!row)
    throw problems.conflict(
      'idempotency_in_progress',
      'A request with this Idempotency-Key is still being processed; retry.',
    );
  if (row.request_hash !== requestHash) {
    throw problems.unprocessable(
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different body. Use a new key for a new submission.',
    );
  }
  if (row.response_status === null || row.response_sealed === null) {
    throw problems.conflict(
      'idempotency_in_progress',
      'A request with this Idempotency-Key is still being processed; retry.',
    );
  }
  return { status: row.response_status, body: JSON.parse(unseal(key, row.response_sealed)) as Receipt, replayed: true };
}

async function insertSubmission(tx: Queryable, s: NewSubmission): Promise<Receipt> {
  const token = newStatusToken();
  const at = s.submittedAt.toISOString();
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = newReference(s.country, s.submittedAt);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO submissions (reference, status_token_hash, type, status, institution_id, plan_id, commitment_number,
         input, submitted_at, respond_by, quarantined, demonstration, client_hash)
       VALUES ($1, $2, $3, 'received', $4, $5, $6, $7::jsonb, $8::timestamptz, $9::timestamptz, $10, $11, $12)
       ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [
        reference,
        sha256(token),
        s.type,
        s.institutionId ?? null,
        s.planId ?? null,
        s.commitmentNumber ?? null,
        JSON.stringify(s.input),
        at,
        s.respondBy?.toISOString() ?? null,
        s.quarantined,
        s.demonstration,
        s.clientHash ?? null,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) continue; // reference collision: draw another
    await tx.query(
      `INSERT INTO submission_events (submission_id, status, at) VALUES ($1, 'received', $2::timestamptz)`,
      [id, at],
    );
    if (s.contact !== undefined) {
      await tx.query('INSERT INTO submission_contacts (submission_id, contact) VALUES ($1, $2::jsonb)', [
        id,
        JSON.stringify(s.contact),
      ]);
    }
    return {
      reference,
      statusToken: token,
      status: 'received',
      submittedAt: at,
      ...(s.respondBy ? { respondBy: s.respondBy.toISOString() } : {}),
    };
  }
  throw new Error('Could not draw a unique reference');
}
