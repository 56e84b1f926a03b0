import {
  responseDays,
  transferRespondBy,
  type AssignInput,
  type InternalNoteInput,
  type ReleaseInput,
  type TransferInput,
  type UnpublishInput,
} from '@hapur/sdk';
import type { Queryable } from '../db/types.js';
import { problems } from '../http/problem.js';
import type { InboxRow } from './inbox.js';
import { addEvent } from './store.js';
import { enqueueDelivery } from '../webhooks/deliveries.js';

// The inbox's writes besides the status change (store.ts): each changes the submission and adds one
// history entry with who did it. A repeat that would change nothing records nothing.

export interface Actor {
  institutionId: string;
  /** The staff token's name. */
  name: string;
}

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();
const by = (actor: Actor) => ({ institutionId: actor.institutionId, by: actor.name });

/** Queues a `submission.received` delivery to `institutionId`'s webhook: the submission arrived there. */
const arrival = (tx: Queryable, row: InboxRow, institutionId: string, at: string, status: string, respondBy: unknown) =>
  enqueueDelivery(tx, row.id, {
    event: 'submission.received',
    at,
    institutionId,
    submission: {
      reference: row.reference,
      type: row.type,
      status: status as InboxRow['status'],
      submittedAt: iso(row.submitted_at),
      ...(respondBy ? { respondBy: iso(respondBy) } : {}),
    },
  });

/** Shows a comment next to its commitment; publishing again keeps the first time and records nothing. */
export async function publish(tx: Queryable, row: InboxRow, actor: Actor, at: string): Promise<void> {
  if (!row.plan_id)
    throw problems.unprocessable('not_a_comment', 'Only feedback about a plan commitment can be published next to it.');
  if (row.published_at) return;
  await tx.query('UPDATE submissions SET published_at = $2::timestamptz WHERE id = $1', [row.id, at]);
  await addEvent(tx, row.id, { kind: 'published', status: row.status, at, internal: true, ...by(actor) });
}

/** Takes a comment off the commitment; the reason is public (the status page shows it). */
export async function unpublish(
  tx: Queryable,
  row: InboxRow,
  input: UnpublishInput,
  actor: Actor,
  at: string,
): Promise<void> {
  if (!row.published_at) return;
  await tx.query('UPDATE submissions SET published_at = NULL WHERE id = $1', [row.id]);
  await addEvent(tx, row.id, { kind: 'unpublished', status: row.status, at, note: input.reason, ...by(actor) });
}

export async function assign(tx: Queryable, row: InboxRow, input: AssignInput, actor: Actor, at: string) {
  if ((row.assignee ?? null) === input.assignee) return;
  await tx.query('UPDATE submissions SET assignee = $2 WHERE id = $1', [row.id, input.assignee]);
  const detail = input.assignee === null ? {} : { assignee: input.assignee };
  await addEvent(tx, row.id, { kind: 'assigned', status: row.status, at, internal: true, detail, ...by(actor) });
}

export async function addNote(tx: Queryable, row: InboxRow, input: InternalNoteInput, actor: Actor, at: string) {
  await addEvent(tx, row.id, {
    kind: 'note',
    status: row.status,
    at,
    internal: true,
    detail: { text: input.text },
    ...by(actor),
  });
}

/**
 * Hands the submission to another institution: it is addressed to that one alone from now on (whatever
 * its subject), its status becomes `forwarded` and its deadline follows `transferRespondBy`. When `notify` says the
 * receiver has a webhook, that webhook hears of it as of a new arrival.
 */
export async function transfer(
  tx: Queryable,
  row: InboxRow,
  input: TransferInput,
  actor: Actor,
  at: string,
  notify: (institutionId: string) => boolean = () => false,
) {
  if (input.institutionId === row.institution_id && row.transferred_at)
    throw problems.unprocessable('same_institution', `The submission is already with ${input.institutionId}.`);
  const known = await tx.query<{ id: string; country: string }>(
    "SELECT id, doc->>'country' AS country FROM institutions WHERE id = ANY($1)",
    [[input.institutionId, row.institution_id]],
  );
  const receiver = known.rows.find((r) => r.id === input.institutionId);
  if (!receiver) throw problems.unprocessable('unknown_institution', `No institution "${input.institutionId}".`);
  // A message stays in its country: another country's institution answers under other laws and deadlines.
  const holder = known.rows.find((r) => r.id === row.institution_id);
  if (holder && holder.country !== receiver.country)
    throw problems.unprocessable(
      'other_country',
      `${input.institutionId} is in another country (${receiver.country}) than ${holder.id} (${holder.country}): a transfer stays in its country.`,
    );
  // The answer period is the receiving institution's, under its country's rule for this type.
  const days = responseDays(receiver.country, row.type);
  const respondBy = transferRespondBy(row.respond_by ? iso(row.respond_by) : undefined, at, days).toISOString();
  await tx.query(
    `UPDATE submissions SET institution_id = $2, transferred_at = $3::timestamptz, respond_by = $4::timestamptz,
       status = 'forwarded', assignee = NULL, closed_at = NULL WHERE id = $1`,
    [row.id, input.institutionId, at, respondBy],
  );
  await addEvent(tx, row.id, {
    kind: 'transferred',
    status: 'forwarded',
    at,
    note: input.note,
    detail: { ...(row.institution_id ? { from: row.institution_id } : {}), to: input.institutionId, respondBy },
    ...by(actor),
  });
  if (notify(input.institutionId)) await arrival(tx, row, input.institutionId, at, 'forwarded', respondBy);
}

/**
 * Moves a quarantined (honeypot) submission into the inbox; a repeat records nothing. With `notify`, its
 * institution's webhook hears of it as of a new arrival.
 */
export async function release(
  tx: Queryable,
  row: InboxRow,
  input: ReleaseInput,
  actor: Actor,
  at: string,
  notify: boolean,
) {
  if (!row.quarantined) return false;
  if (notify && row.institution_id) await arrival(tx, row, row.institution_id, at, row.status, row.respond_by);
  await tx.query('UPDATE submissions SET quarantined = false WHERE id = $1', [row.id]);
  await addEvent(tx, row.id, {
    kind: 'released',
    status: row.status,
    at,
    internal: true,
    ...(input.text ? { detail: { text: input.text } } : {}),
    ...by(actor),
  });
  return true;
}
