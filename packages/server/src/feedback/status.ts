import type {
  CommentListItem,
  FeedbackStatus,
  FeedbackStatusValue,
  PublishedComment,
  RemovedComment,
} from '@hapur/sdk';
import type { Queryable } from '../db/types.js';

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();

export interface SubmissionRow {
  id: string;
  reference: string;
  type: FeedbackStatus['type'];
  status: FeedbackStatusValue;
  institution_id: string | null;
  input: { subject: PublishedComment['subject']; message: string; language: string };
  submitted_at: unknown;
  respond_by: unknown;
  published_at: unknown;
  transferred_at: unknown;
  quarantined: boolean;
  demonstration: boolean;
}

const COLUMNS =
  'id, reference, type, status, institution_id, input, submitted_at, respond_by, published_at, transferred_at, quarantined, demonstration';

export async function findSubmission(
  db: Queryable,
  where: 'reference' | 'status_token_hash',
  value: string,
): Promise<SubmissionRow | undefined> {
  const { rows } = await db.query<SubmissionRow>(`SELECT ${COLUMNS} FROM submissions WHERE ${where} = $1`, [value]);
  return rows[0];
}

async function responseOf(db: Queryable, id: string): Promise<FeedbackStatus['response']> {
  const { rows } = await db.query<{ doc: NonNullable<FeedbackStatus['response']> }>(
    'SELECT doc FROM submission_responses WHERE submission_id = $1',
    [id],
  );
  return rows[0]?.doc;
}

/** The public status of one submission: history, deadline, official response. Never contact details. */
export async function publicStatus(db: Queryable, s: SubmissionRow): Promise<FeedbackStatus> {
  const { rows } = await db.query<{
    status: FeedbackStatusValue;
    at: unknown;
    note: FeedbackStatus['history'][number]['note'] | null;
  }>('SELECT status, at, note FROM submission_events WHERE submission_id = $1 AND NOT internal ORDER BY at, id', [
    s.id,
  ]);
  const response = await responseOf(db, s.id);
  return {
    reference: s.reference,
    type: s.type,
    status: s.status,
    submittedAt: iso(s.submitted_at),
    ...(s.respond_by ? { respondBy: iso(s.respond_by) } : {}),
    history: rows.map((e) => ({ status: e.status, at: iso(e.at), ...(e.note ? { note: e.note } : {}) })),
    ...(response ? { response } : {}),
  };
}

/** A published comment: the text as sent, its subject and answer — never who sent it. */
export async function publishedComment(db: Queryable, s: SubmissionRow): Promise<PublishedComment> {
  const response = await responseOf(db, s.id);
  return {
    reference: s.reference,
    type: s.type,
    subject: s.input.subject,
    message: s.input.message,
    language: s.input.language,
    submittedAt: iso(s.submitted_at),
    publishedAt: iso(s.published_at),
    status: s.status,
    ...(response ? { response } : {}),
    demonstration: s.demonstration,
  };
}

/** The placeholder of a comment moderators removed: the reason, never the text. */
function removedComment(s: SubmissionRow & ModerationColumns): RemovedComment {
  return {
    reference: s.reference,
    removed: true,
    publishedAt: iso(s.place),
    removedAt: iso(s.removed_at),
    reason: s.removal_reason ?? { values: {} },
  };
}

interface ModerationColumns {
  /** `unpublished` when the last moderation took the comment off, else null. */
  moderation: string | null;
  removed_at: unknown;
  removal_reason: RemovedComment['reason'] | null;
  /** Where it stands: when it was (last) published. */
  place: unknown;
}

// A commitment's comments as the public sees them: published ones, and those whose last moderation event
// unpublished them (a placeholder in the place they had, from their last `published` event).
const COMMENTS_FROM = `FROM submissions s
  LEFT JOIN LATERAL (
    SELECT e.kind, e.at, e.note FROM submission_events e
    WHERE s.published_at IS NULL AND e.submission_id = s.id AND e.kind IN ('published', 'unpublished')
    ORDER BY e.at DESC, e.id DESC LIMIT 1) m ON true
  WHERE s.plan_id = $1 AND s.commitment_number = $2 AND NOT s.quarantined
    AND (s.published_at IS NOT NULL OR m.kind = 'unpublished')`;

/**
 * One page of a commitment's published comments, newest first, and how many there are in all; a comment
 * removed by moderation keeps its place as a placeholder with the public reason.
 */
export async function publishedComments(
  db: Queryable,
  planId: string,
  number: string,
  page: number,
  pageSize: number,
): Promise<{ items: CommentListItem[]; total: number }> {
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${COMMENTS_FROM}`, [planId, number]);
  const columns = COLUMNS.split(', ')
    .map((c) => `s.${c}`)
    .join(', ');
  const { rows } = await db.query<SubmissionRow & ModerationColumns>(
    `SELECT ${columns}, m.kind AS moderation, m.at AS removed_at, m.note AS removal_reason,
       coalesce(s.published_at,
         (SELECT max(p.at) FROM submission_events p WHERE p.submission_id = s.id AND p.kind = 'published'), m.at) AS place
     ${COMMENTS_FROM} ORDER BY place DESC, s.id DESC LIMIT $3 OFFSET $4`,
    [planId, number, pageSize, (page - 1) * pageSize],
  );
  const items = await Promise.all(
    rows.map((r) => (r.published_at ? publishedComment(db, r) : Promise.resolve(removedComment(r)))),
  );
  return { items, total: total.rows[0]?.n ?? 0 };
}
