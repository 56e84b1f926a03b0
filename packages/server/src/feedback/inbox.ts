import {
  CLOSED_FEEDBACK_STATUSES,
  cyrillicToLatin,
  FEEDBACK_STATUSES,
  isPastDeadline,
  latinToCyrillic,
  type FeedbackStatusValue,
  type LocalizedText,
  type StaffHistoryEntry,
  type StaffSubmission,
  type StaffSubmissionCounts,
  type StaffSubmissionDetail,
  type StaffSubmissionQuery,
} from '@hapur/sdk';
import { searchFold } from '@hapur/sdk/rules';
import type { Queryable } from '../db/types.js';
import { isActionable, type Responsibility } from '../auth/responsibility.js';

// The inbox repository: which submissions an institution handles, filtered, sorted and paged, and one
// item with its full history. Only reads; the actions are in actions.ts.

const iso = (v: unknown) => (v instanceof Date ? v : new Date(String(v))).toISOString();
const CLOSED_LIST = CLOSED_FEEDBACK_STATUSES.map((s) => `'${s}'`).join(', ');

export interface InboxRow {
  id: string;
  reference: string;
  type: StaffSubmission['type'];
  status: FeedbackStatusValue;
  institution_id: string | null;
  plan_id: string | null;
  commitment_number: string | null;
  service_id: string | null;
  /** The subject service's name (`services.doc->'name'`), when the service exists. */
  service_name: LocalizedText | null;
  input: { subject: StaffSubmission['subject']; message: string; language: string; location?: string };
  submitted_at: unknown;
  respond_by: unknown;
  closed_at: unknown;
  published_at: unknown;
  quarantined: boolean;
  demonstration: boolean;
  assignee: string | null;
  transferred_at: unknown;
  contact: StaffSubmission['contact'] | null;
}

const COLUMNS = `s.id, s.reference, s.type, s.status, s.institution_id, s.plan_id, s.commitment_number, s.service_id,
  s.input, s.submitted_at, s.respond_by, s.closed_at, s.published_at, s.quarantined, s.demonstration, s.assignee,
  s.transferred_at, c.contact, sv.doc->'name' AS service_name`;
const FROM = `submissions s LEFT JOIN submission_contacts c ON c.submission_id = s.id
  LEFT JOIN services sv ON sv.id = s.service_id`;

/**
 * The institution handles a submission when it is addressed to it, or — unless it was transferred, which
 * hands it to the addressed institution alone — when its subject is a commitment or service it answers for.
 */
function visibleParts(
  r: Responsibility,
  params: unknown[],
): { addressed: string; bySubject: string; notAddressed: string } {
  params.push(r.institutionId, [...r.commitments], [...r.services]);
  const [inst, commitments, services] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
  return {
    addressed: `s.institution_id = ${inst}`,
    notAddressed: `s.institution_id IS DISTINCT FROM ${inst}`,
    bySubject: `(s.transferred_at IS NULL AND ((s.plan_id || '#' || s.commitment_number) = ANY(${commitments}::text[])
      OR s.service_id = ANY(${services}::text[])))`,
  };
}

function visibleTo(r: Responsibility, params: unknown[]): string {
  const { addressed, bySubject } = visibleParts(r, params);
  return `(${addressed} OR ${bySubject})`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The WHERE clause of a filtered list in two parts, who handles it (`addressed`, `bySubject`) and the
 * filters (`rest`, quarantine included); `params` receives their values.
 */
function filterSql(r: Responsibility, q: StaffSubmissionQuery, now: Date, params: unknown[]) {
  const visible = visibleParts(r, params);
  const where: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  where.push(q.quarantined ? 's.quarantined' : 'NOT s.quarantined');
  const open = `s.status NOT IN (${CLOSED_LIST})`;
  if (q.status === 'open') where.push(open);
  else if (q.status === 'closed') where.push(`s.status IN (${CLOSED_LIST})`);
  else if (q.status) where.push(`s.status = ${add(q.status)}`);
  if (q.type) where.push(`s.type = ${add(q.type)}`);
  const nowParam = q.overdue !== undefined ? add(now.toISOString()) : '';
  const overdue = `(${open} AND s.respond_by < ${nowParam}::timestamptz)`;
  if (q.overdue === true) where.push(overdue);
  if (q.overdue === false) where.push(`NOT coalesce(${overdue}, false)`);
  if (q.dueWithinDays !== undefined) {
    // The end as an instant: `interval '1 day'` is 23 or 25 hours across a daylight-saving change in the session's zone.
    const end = new Date(now.getTime() + q.dueWithinDays * 86_400_000).toISOString();
    where.push(`${open} AND s.respond_by <= ${add(end)}::timestamptz`);
  }
  if (q.subjectPlanId) where.push(`s.plan_id = ${add(q.subjectPlanId)}`);
  if (q.q) {
    // Serbian in either script: the query as typed, in Latin and in Cyrillic (a reader may type either, a message
    // may be written in either), as the service search does. Message and topic are compared as every search
    // compares text (the SDK's searchFold): "kerkese" finds "kërkesë", "gradjevinska" finds "građevinska".
    const variants = [...new Set([q.q, cyrillicToLatin(q.q), latinToCyrillic(q.q)])];
    const like = (text: string) => add(`%${escapeLike(text)}%`);
    const exact = like(q.q);
    const likes = [...new Set(variants.map(searchFold))].map(like);
    const from = add(FOLDED_FROM);
    const to = add(FOLDED_TO);
    const any = (column: string) =>
      likes.map((l) => `replace(lower(translate(${column}, ${from}, ${to})), 'dj', 'd') LIKE ${l}`).join(' OR ');
    where.push(`(s.reference ILIKE ${exact} OR ${any(`s.input->>'message'`)}
      OR ${any(`s.input->'subject'->>'topic'`)} OR s.assignee ILIKE ${exact})`);
  }
  const rest = where.join(' AND ');
  return { ...visible, rest, all: `(${visible.addressed} OR ${visible.bySubject}) AND ${rest}` };
}

/**
 * The letters searchFold turns into another single letter (accented Latin, "đ", Turkish "ı", Cyrillic with a mark
 * such as Macedonian "ѓ", capitals), as the two strings of SQL's `translate()`: the stored text is then folded in the
 * query as the typed text is in JavaScript, and `lower()` does the rest.
 */
const letters = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i));
const FOLDED = [...letters(0xc0, 0x24f), ...letters(0x400, 0x4ff)].filter(
  (c) => searchFold(c) !== c && [...searchFold(c)].length === 1,
);
const FOLDED_FROM = FOLDED.join('');
const FOLDED_TO = FOLDED.map(searchFold).join('');

const ORDER = {
  // Open items first (closed_at is set exactly while the status is a closed one), the nearest deadline
  // first (none last), then the oldest; the index submissions_inbox_institution has this order.
  respondBy: `(s.closed_at IS NOT NULL), s.respond_by ASC NULLS LAST, s.submitted_at ASC, s.id ASC`,
  submittedAt: 's.submitted_at DESC, s.id DESC',
} as const;

/** The contact details staff see for a row (those it still has: retention deletes them), as `{ contact }` or `{}`. */
export function contactOf(row: Pick<InboxRow, 'contact'>): Pick<StaffSubmission, 'contact'> {
  const contact = row.contact ? Object.fromEntries(Object.entries(row.contact).filter(([, v]) => v)) : {};
  return Object.keys(contact).length > 0 ? { contact } : {};
}

export function toItem(row: InboxRow, r: Responsibility, now: Date): StaffSubmission {
  const closed = (CLOSED_FEEDBACK_STATUSES as readonly string[]).includes(row.status);
  const respondBy = row.respond_by ? iso(row.respond_by) : undefined;
  return {
    reference: row.reference,
    type: row.type,
    subject: row.input.subject,
    ...(row.institution_id ? { institutionId: row.institution_id } : {}),
    ...(row.service_name ? { serviceName: row.service_name } : {}),
    message: row.input.message,
    language: row.input.language,
    ...(row.input.location ? { location: row.input.location } : {}),
    submittedAt: iso(row.submitted_at),
    ...(respondBy ? { respondBy } : {}),
    overdue: !closed && isPastDeadline(respondBy, now),
    status: row.status,
    ...(row.closed_at ? { closedAt: iso(row.closed_at) } : {}),
    ...(row.assignee ? { assignee: row.assignee } : {}),
    published: row.published_at !== null,
    ...(row.published_at ? { publishedAt: iso(row.published_at) } : {}),
    quarantined: row.quarantined,
    demonstration: row.demonstration,
    ...contactOf(row),
    actionable: isActionable(r, row),
  };
}

interface CountRow {
  status: FeedbackStatusValue;
  quarantined: boolean;
  n: number;
  overdue: number;
  matching: number;
}

/** Counts by status over everything the institution handles (not quarantined), and the quarantined ones. */
function countsOf(rows: readonly CountRow[]): StaffSubmissionCounts {
  const byStatus = Object.fromEntries(FEEDBACK_STATUSES.map((s) => [s, 0])) as Record<FeedbackStatusValue, number>;
  const out = { byStatus, open: 0, overdue: 0, quarantined: 0 };
  for (const row of rows) {
    if (row.quarantined) {
      out.quarantined += row.n;
      continue;
    }
    byStatus[row.status] += row.n;
    if (!(CLOSED_FEEDBACK_STATUSES as readonly string[]).includes(row.status)) out.open += row.n;
    out.overdue += row.overdue;
  }
  return out;
}

/** The SQL of one page of the inbox and of its total (exported for the benchmark's query plan). */
export function inboxQueries(
  r: Responsibility,
  q: StaffSubmissionQuery & { page: number; pageSize: number },
  now: Date,
): { counts: string; countParams: unknown[]; list: string; params: unknown[] } {
  const params: unknown[] = [];
  const f = filterSql(r, q, now, params);
  const countParams = [...params, now.toISOString()];
  // One scan for the counts by status (whatever the filters) and the filtered total.
  const counts = `SELECT s.status, s.quarantined, count(*)::int AS n,
       count(*) FILTER (WHERE s.closed_at IS NULL AND s.respond_by < $${countParams.length}::timestamptz)::int AS overdue,
       count(*) FILTER (WHERE ${f.rest})::int AS matching
     FROM submissions s WHERE (${f.addressed} OR ${f.bySubject}) GROUP BY s.status, s.quarantined`;
  const order = ORDER[q.sort ?? 'respondBy'];
  // Each way of handling an item is its own ordered, limited scan (the addressed one by index), so the
  // first page reads a page of rows, not every row the institution has (npm run bench:inbox). The subject
  // scan leaves out what is addressed to the institution: the first scan has those in order already, and a
  // service's or commitment's items are often addressed to it, which made this scan sort them all.
  const limit = q.page * q.pageSize;
  const list = `SELECT ${COLUMNS} FROM (
       (SELECT s.id FROM submissions s WHERE ${f.addressed} AND ${f.rest} ORDER BY ${order} LIMIT ${limit})
       UNION ALL
       (SELECT s.id FROM submissions s WHERE ${f.bySubject} AND ${f.notAddressed} AND ${f.rest}
         ORDER BY ${order} LIMIT ${limit})
     ) p JOIN ${FROM} ON s.id = p.id
     ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
  return { counts, countParams, list, params };
}

/** One page of the inbox (the query already validated), with the total and the counts. */
export async function listInbox(
  db: Queryable,
  r: Responsibility,
  q: StaffSubmissionQuery,
  now: Date,
): Promise<{ items: StaffSubmission[]; total: number; counts: StaffSubmissionCounts }> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { counts, countParams, list, params } = inboxQueries(r, { ...q, page, pageSize }, now);
  const tally = await db.query<CountRow>(counts, countParams);
  const { rows } = await db.query<InboxRow>(list, params);
  return {
    items: rows.map((row) => toItem(row, r, now)),
    total: tally.rows.reduce((n, row) => n + row.matching, 0),
    counts: countsOf(tally.rows),
  };
}

/** Every item a filter matches, for the CSV (no paging), in the list's order. */
export async function allInbox(
  db: Queryable,
  r: Responsibility,
  q: StaffSubmissionQuery,
  now: Date,
): Promise<StaffSubmission[]> {
  const params: unknown[] = [];
  const { all } = filterSql(r, q, now, params);
  const { rows } = await db.query<InboxRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${all} ORDER BY ${ORDER[q.sort ?? 'respondBy']}`,
    params,
  );
  return rows.map((row) => toItem(row, r, now));
}

/**
 * One submission by reference if the institution handles it (quarantined ones included); without `r`, any. With
 * `lock` (inside a transaction) the submission's row stays locked until it ends: a concurrent action on the same
 * item waits, then reads it as this one left it.
 */
export async function findInboxRow(
  db: Queryable,
  r: Responsibility | undefined,
  reference: string,
  lock = false,
): Promise<InboxRow | undefined> {
  const params: unknown[] = [reference];
  const visible = r ? `AND ${visibleTo(r, params)}` : '';
  const { rows } = await db.query<InboxRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE s.reference = $1 ${visible}${lock ? ' FOR UPDATE OF s' : ''}`,
    params,
  );
  return rows[0];
}

interface EventRow {
  kind: StaffHistoryEntry['kind'];
  internal: boolean;
  status: FeedbackStatusValue;
  at: unknown;
  note: StaffHistoryEntry['note'] | null;
  institution_id: string | null;
  by_name: string | null;
  detail: Partial<Pick<StaffHistoryEntry, 'text' | 'assignee' | 'from' | 'to' | 'respondBy'>> | null;
}

/** The item with its full history (oldest first) and its official response. */
export async function inboxDetail(
  db: Queryable,
  row: InboxRow,
  r: Responsibility,
  now: Date,
): Promise<StaffSubmissionDetail> {
  const events = await db.query<EventRow>(
    `SELECT kind, internal, status, at, note, institution_id, by_name, detail
       FROM submission_events WHERE submission_id = $1 ORDER BY at, id`,
    [row.id],
  );
  const response = await db.query<{ doc: NonNullable<StaffSubmissionDetail['response']> }>(
    'SELECT doc FROM submission_responses WHERE submission_id = $1',
    [row.id],
  );
  const history = events.rows.map((e): StaffHistoryEntry => ({
    kind: e.kind,
    visibility: e.internal ? 'internal' : 'public',
    at: iso(e.at),
    ...(e.by_name ? { by: e.by_name } : {}),
    ...(e.institution_id ? { institutionId: e.institution_id } : {}),
    status: e.status,
    ...(e.note ? { note: e.note } : {}),
    ...(e.detail ?? {}),
  }));
  const doc = response.rows[0]?.doc;
  return { ...toItem(row, r, now), history, ...(doc ? { response: doc } : {}) };
}
