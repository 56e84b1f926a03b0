import { randomUUID } from 'node:crypto';
import type { WebhookDelivery, WebhookEvent, WebhookPayload } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

// The webhook deliveries repository: one row per (submission, event, institution), its payload as sent, its attempts.

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

export interface DueDelivery {
  id: string;
  institution_id: string;
  event: WebhookEvent;
  payload: string;
  attempts: number;
}

/**
 * Queues one event for a submission to an institution's webhook (at most once per submission, event and institution:
 * a transferred submission arrives, and may become overdue, at each institution that has it); true when new.
 */
export async function enqueueDelivery(
  db: Queryable,
  submissionId: string,
  payload: Omit<WebhookPayload, 'id'>,
): Promise<boolean> {
  const id = randomUUID();
  const body = JSON.stringify({ id, ...payload });
  const { rowCount } = await db.query(
    `INSERT INTO webhook_deliveries (id, institution_id, event, submission_id, reference, payload, created_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $7::timestamptz) ON CONFLICT (submission_id, event, institution_id) DO NOTHING`,
    [id, payload.institutionId, payload.event, submissionId, payload.submission.reference, body, payload.at],
  );
  return rowCount > 0;
}

/**
 * Open submissions past their deadline, addressed to one of `institutions`, with no overdue delivery to that
 * institution yet: each gets one `submission.overdue` delivery. Returns how many were queued.
 */
export async function enqueueOverdue(
  db: Queryable,
  institutions: readonly string[],
  now: Date,
  closed: readonly string[],
) {
  if (institutions.length === 0) return 0;
  const { rows } = await db.query<{
    id: string;
    reference: string;
    type: WebhookPayload['submission']['type'];
    status: WebhookPayload['submission']['status'];
    institution_id: string;
    submitted_at: unknown;
    respond_by: unknown;
  }>(
    `SELECT s.id, s.reference, s.type, s.status, s.institution_id, s.submitted_at, s.respond_by FROM submissions s
      WHERE s.institution_id = ANY($1::text[]) AND NOT s.quarantined AND NOT s.demonstration
        AND s.respond_by < $2::timestamptz AND s.status <> ALL($3::text[])
        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.submission_id = s.id AND d.event = 'submission.overdue'
          AND d.institution_id = s.institution_id)`,
    [[...institutions], now.toISOString(), [...closed]],
  );
  let queued = 0;
  for (const s of rows) {
    const fresh = await enqueueDelivery(db, s.id, {
      event: 'submission.overdue',
      at: now.toISOString(),
      institutionId: s.institution_id,
      submission: {
        reference: s.reference,
        type: s.type,
        status: s.status,
        submittedAt: iso(s.submitted_at),
        respondBy: iso(s.respond_by),
      },
    });
    if (fresh) queued++;
  }
  return queued;
}

/**
 * Claims the pending deliveries whose next attempt is due, oldest first: each is leased to the caller until `leaseUntil`
 * (its next attempt moves there; recording the attempt sets it again), so the sender of another instance on the same
 * database skips it instead of sending it a second time. A sender that stops mid-attempt leaves it to the lease's end.
 */
export async function claimDueDeliveries(
  db: Queryable,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DueDelivery[]> {
  const { rows } = await db.query<DueDelivery & { due: unknown }>(
    `WITH due AS (SELECT id, next_attempt_at FROM webhook_deliveries
        WHERE state = 'pending' AND next_attempt_at <= $1::timestamptz ORDER BY next_attempt_at, id LIMIT $3
        FOR UPDATE SKIP LOCKED)
     UPDATE webhook_deliveries w SET next_attempt_at = $2::timestamptz FROM due WHERE w.id = due.id
     RETURNING w.id, w.institution_id, w.event, w.payload, w.attempts, due.next_attempt_at AS due`,
    [now.toISOString(), leaseUntil.toISOString(), limit],
  );
  const key = (r: { due: unknown; id: string }) => `${iso(r.due)} ${r.id}`;
  return rows
    .sort((a, b) => (key(a) < key(b) ? -1 : 1))
    .map(({ id, institution_id, event, payload, attempts }) => ({ id, institution_id, event, payload, attempts }));
}

/** Records one attempt: delivered, or pending again at `next`, or failed for good (`next` undefined). */
export async function recordAttempt(
  db: Queryable,
  id: string,
  at: Date,
  outcome: { ok: boolean; status?: number | undefined; error?: string | undefined; next?: Date | undefined },
): Promise<void> {
  const state = outcome.ok ? 'delivered' : outcome.next ? 'pending' : 'failed';
  await db.query(
    `UPDATE webhook_deliveries SET state = $2, attempts = attempts + 1, last_attempt_at = $3::timestamptz,
       next_attempt_at = $4::timestamptz, last_status = $5, last_error = $6 WHERE id = $1`,
    [id, state, at.toISOString(), outcome.next?.toISOString() ?? null, outcome.status ?? null, outcome.error ?? null],
  );
}

/** An institution's deliveries, newest first (the last 200). */
export async function listDeliveries(db: Queryable, institutionId: string): Promise<WebhookDelivery[]> {
  const { rows } = await db.query<{
    id: string;
    event: WebhookDelivery['event'];
    reference: string;
    state: WebhookDelivery['state'];
    attempts: number;
    created_at: unknown;
    last_attempt_at: unknown;
    next_attempt_at: unknown;
    last_status: number | null;
    last_error: string | null;
  }>(
    `SELECT id, event, reference, state, attempts, created_at, last_attempt_at, next_attempt_at, last_status, last_error
       FROM webhook_deliveries WHERE institution_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [institutionId],
  );
  return rows.map((r) => ({
    id: r.id,
    event: r.event,
    reference: r.reference,
    state: r.state,
    attempts: r.attempts,
    createdAt: iso(r.created_at),
    ...(r.last_attempt_at ? { lastAttemptAt: iso(r.last_attempt_at) } : {}),
    ...(r.next_attempt_at && r.state === 'pending' ? { nextAttemptAt: iso(r.next_attempt_at) } : {}),
    ...(r.last_status !== null ? { lastStatus: r.last_status } : {}),
    ...(r.last_error ? { lastError: r.last_error } : {}),
  }));
}
