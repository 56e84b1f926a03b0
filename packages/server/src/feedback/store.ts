import {
  open311Status,
  type FeedbackStatusValue,
  type FeedbackType,
  type HistoryKind,
  type StatusChangeInput,
  type SubmissionSeed,
} from '@hapur/sdk';
import { respondByFrom, responseDays } from '@hapur/sdk/rules';
import type { Database, Queryable } from '../db/types.js';
import { sha256 } from '../auth/tokens.js';
import { IdempotencyConflict } from './errors.js';
import { boundRequestHash, keyHash, seal, unseal } from './idempotency.js';
import { newReference, newStatusToken } from './reference.js';
import { enqueueDelivery } from '../webhooks/deliveries.js';

// The submissions repository: every write to submissions, their events, responses and contacts is here.

/** What the route hands the store: the validated input split into its public part and its personal part. */
export interface NewSubmission {
  type: string;
  country: string;
  institutionId: string | undefined;
  planId: string | undefined;
  commitmentNumber: string | undefined;
  serviceId: string | undefined;
  /** The input without contact details. */
  input: unknown;
  /** Contact details, only when the person consented. */
  contact: unknown;
  quarantined: boolean;
  demonstration: boolean;
  clientHash: string | undefined;
  submittedAt: Date;
  respondBy: Date | undefined;
  /** Queue a `submission.received` webhook delivery in the same transaction (the institution has one). */
  notify?: boolean;
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
  return once(db, key, requestHash, submission.submittedAt.toISOString(), async (tx) => ({
    status: 201,
    body: await insertSubmission(tx, submission),
  }));
}

/**
 * Runs `run` in one transaction, once per key: a repeat of the key replays the first answer (sealed with
 * the key), a different body under it is a 422, a concurrent one a 409. Without a key it just runs.
 */
export async function once<T>(
  db: Database,
  key: string | undefined,
  requestHash: string,
  at: string,
  run: (tx: Queryable) => Promise<{ status: number; body: T }>,
): Promise<{ status: number; body: T; replayed: boolean }> {
  if (key === undefined) return db.transaction(async (tx) => ({ ...(await run(tx)), replayed: false }));
  const hashed = keyHash(key);
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (key_hash, request_hash, created_at) VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
      [hashed, boundRequestHash(key, requestHash), at],
    );
    if (claimed.rowCount === 0) return replay<T>(tx, key, hashed, requestHash);
    const result = await run(tx);
    await tx.query('UPDATE idempotency_keys SET response_status = $2, response_sealed = $3 WHERE key_hash = $1', [
      hashed,
      result.status,
      seal(key, JSON.stringify(result.body)),
    ]);
    return { ...result, replayed: false };
  });
}

/**
 * The first answer to `key` when this same request was already answered under it; undefined when the key is new
 * (a different body under it is a 422, one still running a 409, as in `once`).
 */
export async function storedAnswer<T>(
  db: Queryable,
  key: string,
  requestHash: string,
): Promise<{ status: number; body: T; replayed: true } | undefined> {
  const hashed = keyHash(key);
  const { rowCount } = await db.query('SELECT 1 FROM idempotency_keys WHERE key_hash = $1', [hashed]);
  return rowCount === 0 ? undefined : replay<T>(db, key, hashed, requestHash);
}

async function replay<T>(
  tx: Queryable,
  key: string,
  hashed: string,
  requestHash: string,
): Promise<{ status: number; body: T; replayed: true }> {
  const { rows } = await tx.query<{
    request_hash: string;
    response_status: number | null;
    response_sealed: string | null;
  }>('SELECT request_hash, response_status, response_sealed FROM idempotency_keys WHERE key_hash = $1', [hashed]);
  const row = rows[0];
  const inProgress = () =>
    new IdempotencyConflict('in_progress', 'A request with this Idempotency-Key is still being processed; retry.');
  if (!row) throw inProgress();
  // A row written before the hash was bound to the key holds the bare hash (kept at most the retention period).
  if (row.request_hash !== boundRequestHash(key, requestHash) && row.request_hash !== requestHash) {
    throw new IdempotencyConflict(
      'reused',
      'This Idempotency-Key was already used with a different body. Use a new key for a new submission.',
    );
  }
  if (row.response_status === null || row.response_sealed === null) throw inProgress();
  return { status: row.response_status, body: JSON.parse(unseal(key, row.response_sealed)) as T, replayed: true };
}

async function insertSubmission(tx: Queryable, s: NewSubmission): Promise<Receipt> {
  const token = newStatusToken();
  const at = s.submittedAt.toISOString();
  for (let attempt = 0; attempt < 8; attempt++) {
    const reference = newReference(s.country, s.submittedAt);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO submissions (reference, status_token_hash, type, status, institution_id, plan_id, commitment_number,
         input, submitted_at, respond_by, quarantined, demonstration, client_hash, service_id)
       VALUES ($1, $2, $3, 'received', $4, $5, $6, $7::jsonb, $8::timestamptz, $9::timestamptz, $10, $11, $12, $13)
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
        s.serviceId ?? null,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) continue; // reference collision: draw another
    await addEvent(tx, id, { kind: 'received', status: 'received', at, institutionId: null });
    if (s.notify && s.institutionId !== undefined)
      await enqueueDelivery(tx, id, {
        event: 'submission.received',
        at,
        institutionId: s.institutionId,
        submission: {
          reference,
          type: s.type as FeedbackType,
          status: 'received',
          submittedAt: at,
          ...(s.respondBy ? { respondBy: s.respondBy.toISOString() } : {}),
        },
      });
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
  tx: Queryable,
  submissionId: string,
  input: StatusChangeInput,
  by: { institutionId: string; name: string },
  at: string,
): Promise<void> {
  {
    await addEvent(tx, submissionId, {
      kind: 'status',
      status: input.status,
      at,
      note: input.note,
      institutionId: by.institutionId,
      by: by.name,
    });
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
  }
}

/** One history entry: what happened, who (a staff token's name) and whether only staff may see it. */
export interface EventInput {
  kind: HistoryKind;
  /** The status after the event. */
  status: FeedbackStatusValue;
  at: string;
  /** Public note (shown on the status page unless `internal`). */
  note?: unknown;
  institutionId: string | null;
  by?: string;
  internal?: boolean;
  /** The kind's own fields (assignee, text, from, to, respondBy). */
  detail?: Record<string, unknown>;
}

export async function addEvent(tx: Queryable, submissionId: string, e: EventInput): Promise<void> {
  await tx.query(
    `INSERT INTO submission_events (submission_id, kind, status, at, note, institution_id, by_name, internal, detail)
     VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, $6, $7, $8, $9::jsonb)`,
    [
      submissionId,
      e.kind,
      e.status,
      e.at,
      e.note ? JSON.stringify(e.note) : null,
      e.institutionId,
      e.by ?? null,
      e.internal ?? false,
      e.detail ? JSON.stringify(e.detail) : null,
    ],
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
       submitted_at, respond_by, closed_at, published_at, demonstration, service_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12::timestamptz, $13, $14)
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
      respondByFrom(submittedAt, responseDays(s.reference.slice(0, 2), s.type)).toISOString(),
      closed ? lastAt : null,
      s.published ? (s.publishedAt ?? lastAt) : null,
      demonstration,
      s.subject.serviceId ?? null,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return false;
  for (const [i, h] of s.history.entries()) {
    const kind = i === 0 && h.status === 'received' ? 'received' : 'status';
    await addEvent(tx, id, { kind, status: h.status, at: h.at, note: h.note, institutionId: s.institutionId });
  }
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
