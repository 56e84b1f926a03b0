import { open311Status, type FeedbackStatusValue, type StatusChangeInput, type SubmissionSeed } from '@hapur/sdk';
import type { Database, Queryable } from '../db/types.js';
import { sha256 } from '../auth/tokens.js';
import { problems } from '../http/problem.js';
import { respondBy } from './deadline.js';
import { keyHash, seal, unseal } from './idempotency.js';
import { newReference, newStatusToken } from './reference.js';

// The submissions repository: every write to submissions, their events, responses and contacts is here.

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

/** A staff status change: one event, the new status (closing time on first close), the official response if any. */
export async function changeStatus(
  db: Database,
  submissionId: string,
  input: StatusChangeInput,
  institutionId: string,
  at: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await addEvent(tx, submissionId, input.status, at, input.note, institutionId);
    const closed = open311Status(input.status) === 'closed';
    await tx.query(
      'UPDATE submissions SET status = $2, closed_at = CASE WHEN $3 THEN coalesce(closed_at, $4::timestamptz) END WHERE id = $1',
      [submissionId, input.status, closed, at],
    );
    if (input.response) {
      const doc = { ...input.response, respondedAt: at };
      await tx.query(
        `INSERT INTO submission_responses (submission_id, doc, responded_at) VALUES ($1, $2::jsonb, $3::timestamptz)
         ON CONFLICT (submission_id) DO UPDATE SET doc = EXCLUDED.doc, responded_at = EXCLUDED.responded_at`,
        [submissionId, JSON.stringify(doc), at],
      );
    }
  });
}

/** Shows a comment next to its commitment; publishing again keeps the first time. */
export async function publish(db: Queryable, submissionId: string, at: string): Promise<void> {
  await db.query('UPDATE submissions SET published_at = coalesce(published_at, $2::timestamptz) WHERE id = $1', [
    submissionId,
    at,
  ]);
}

async function addEvent(
  tx: Queryable,
  submissionId: string,
  status: FeedbackStatusValue,
  at: string,
  note: unknown,
  institutionId: string | null,
): Promise<void> {
  await tx.query(
    'INSERT INTO submission_events (submission_id, status, at, note, institution_id) VALUES ($1, $2, $3::timestamptz, $4::jsonb, $5)',
    [submissionId, status, at, note ? JSON.stringify(note) : null, institutionId],
  );
}

/**
 * A submission from a data file, with its history and response. Its status token is random and
 * discarded: nobody can follow a seeded item. Returns false if the reference exists.
 */
export async function importSubmission(tx: Queryable, s: SubmissionSeed, demonstration: boolean): Promise<boolean> {
  const submittedAt = new Date(s.submittedAt);
  const lastAt = s.history.at(-1)?.at ?? s.submittedAt;
  const closed = open311Status(s.status) === 'closed';
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO submissions (reference, status_token_hash, type, status, institution_id, plan_id, commitment_number, input,
       submitted_at, respond_by, closed_at, published_at, demonstration)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12::timestamptz, $13)
     ON CONFLICT (reference) DO NOTHING RETURNING id`,
    [
      s.reference,
      sha256(newStatusToken()),
      s.type,
      s.status,
      s.institutionId,
      s.subject.planId ?? null,
      s.subject.commitmentNumber ?? null,
      JSON.stringify({
        type: s.type,
        subject: s.subject,
        institutionId: s.institutionId,
        message: s.message,
        language: s.language,
      }),
      s.submittedAt,
      respondBy(submittedAt, s.reference.slice(0, 2), s.type).toISOString(),
      closed ? lastAt : null,
      s.published ? (s.publishedAt ?? lastAt) : null,
      demonstration,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return false;
  for (const h of s.history) await addEvent(tx, id, h.status, h.at, h.note, s.institutionId);
  if (s.response) {
    await tx.query(
      'INSERT INTO submission_responses (submission_id, doc, responded_at) VALUES ($1, $2::jsonb, $3::timestamptz)',
      [id, JSON.stringify(s.response), s.response.respondedAt],
    );
  }
  return true;
}

/**
 * Retention: deletes the contact details of submissions closed at or before `cutoff`, and of quarantined
 * ones (which staff never close) sent at or before it; returns how many.
 */
export async function deleteContactsRetainedBefore(db: Queryable, cutoff: string): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM submission_contacts c USING submissions s
      WHERE c.submission_id = s.id
        AND ((s.closed_at IS NOT NULL AND s.closed_at <= $1::timestamptz)
          OR (s.quarantined AND s.submitted_at <= $1::timestamptz))`,
    [cutoff],
  );
  return rowCount;
}

/** Retention: deletes idempotency keys (and their sealed replies) created before `cutoff`; returns how many. */
export async function deleteIdempotencyKeysBefore(db: Queryable, cutoff: string): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz', [cutoff]);
  return rowCount;
}
