import { API_ROUTES, type RouteId, type RouteInput } from '@hapur/sdk';
import { isActionable, responsibilityOf, type Responsibility } from '../auth/responsibility.js';
import type { Staff } from '../auth/tokens.js';
import type { Queryable } from '../db/types.js';
import * as actions from '../feedback/actions.js';
import { canonicalJson, hashText } from '../feedback/idempotency.js';
import { contactOf, findInboxRow, inboxDetail, type InboxRow } from '../feedback/inbox.js';
import { once, storedAnswer } from '../feedback/store.js';
import { noSubmission, problems } from '../http/problem.js';
import { NO_FIELDS, readJson, validate } from '../http/validate.js';
import { currentStaff, type AnyContext, type Handlers } from './define.js';
import { staffKey } from './staff-once.js';

/** The institution the token belongs to, and what it answers for (`auth/responsibility.ts`). */
export async function responsibilityFor(c: AnyContext): Promise<{ staff: Staff; r: Responsibility }> {
  const staff = currentStaff(c);
  const { db, plans } = c.get('deps');
  return { staff, r: await responsibilityOf(db, staff.institutionId, async (id) => (await plans.get(db, id))?.plan) };
}

interface Step<I> {
  tx: Queryable;
  row: InboxRow;
  input: I;
  actor: actions.Actor;
  at: string;
}

/**
 * One staff action on one submission (404 when there is none; a quarantined one only for release): the
 * token's institution must answer for it (else 403); the body is validated by the route's SDK schema; the change and its history entry run
 * in one transaction, once per `Idempotency-Key` (optional; a repeat answers the first result). The
 * answer is `respond`'s, by default the item with its full history.
 */
export async function act<I>(
  c: AnyContext,
  id: RouteId,
  run: (step: Step<I>) => Promise<unknown>,
  respond?: (step: Step<I>) => unknown,
): Promise<Response> {
  const { staff, r } = await responsibilityFor(c);
  const spec = API_ROUTES[id] as { input?: Parameters<typeof validate>[0] };
  // No body where every field is optional reads as {}; a route without input takes no body (publish).
  const raw = await readJson(c, spec.input ? spec.input.safeParse({}).success : true);
  const input = validate(spec.input ?? NO_FIELDS, raw) as I;
  const key = staffKey(c, staff);
  const { db, now } = c.get('deps');
  const reference = c.req.param('reference') as string;
  const hash = hashText(canonicalJson({ id, reference, raw }));
  const row = await findInboxRow(db, undefined, reference);
  const missing = () => noSubmission(reference);
  const forbidden = () =>
    problems.forbidden(
      `Your token belongs to ${staff.institutionId}; submission ${reference} is for another institution to answer.`,
    );
  if (!row || (row.quarantined && id !== 'releaseSubmission')) throw missing();
  if (!isActionable(r, row)) {
    // A repeat of an action this token made, which took the item away (a transfer), answers as the first time did,
    // without the contact details of an item the institution no longer answers for.
    const stored = key === undefined ? undefined : await storedAnswer(db, key, hash);
    if (stored) {
      c.header('Idempotent-Replayed', 'true');
      return c.json(stored.body as object, 200);
    }
    if (row.quarantined) throw missing();
    throw forbidden();
  }
  const at = now().toISOString();
  const actor = { institutionId: staff.institutionId, name: staff.name };
  let current = row;
  const result = await once(db, key, hash, at, async (tx) => {
    // The checks again, on the row read under its lock: two staff acting on one item at the same moment on
    // Postgres act one after the other, the second on what the first left (a second publish records nothing,
    // a second transfer meets an item its institution no longer answers for).
    const locked = await findInboxRow(tx, undefined, reference, true);
    if (!locked || (locked.quarantined && id !== 'releaseSubmission')) throw missing();
    if (!isActionable(r, locked)) throw locked.quarantined ? missing() : forbidden();
    current = locked;
    const step = { tx, row: locked, input, actor, at };
    await run(step);
    if (respond) return { status: 200, body: respond(step) };
    const after = await findInboxRow(tx, undefined, reference);
    // The stored replay never holds contact details (retention and erasure could not reach them there):
    // they are added below from the submission as it is now, so a replay after erasure has none.
    const { contact: _contact, ...detail } = await inboxDetail(tx, after!, r, now());
    return { status: 200, body: detail };
  });
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  return c.json(respond ? (result.body as object) : { ...(result.body as object), ...contactOf(current) }, 200);
}

/** An action of `feedback/actions.ts`: the step's parts, in the step's order. */
type Action<I> = (tx: Queryable, row: InboxRow, input: I, actor: actions.Actor, at: string) => Promise<unknown>;

/** The handler of a route whose action needs nothing but the step, answered with the item and its history. */
const inboxAction =
  <K extends RouteId>(id: K, action: Action<RouteInput<K>>) =>
  (c: AnyContext) =>
    act<RouteInput<K>>(c, id, (s) => action(s.tx, s.row, s.input, s.actor, s.at));

/**
 * The handler of an action after which a submission may arrive at an institution (a transfer, a release from
 * quarantine): `hooked(id)` says whether that institution has a webhook; the sender is woken once the action is in.
 */
const arrivingAction =
  <K extends RouteId>(
    id: K,
    action: (s: Step<RouteInput<K>>, hooked: (institutionId: string) => boolean) => Promise<unknown>,
  ) =>
  async (c: AnyContext) => {
    const { webhooks } = c.get('deps');
    const response = await act<RouteInput<K>>(c, id, (s) => action(s, (i) => webhooks?.has(i) === true));
    webhooks?.kick();
    return response;
  };

/** The inbox's actions; the status change and publishing keep their routes (moderation.ts) and use `act` too. */
export const inboxActionHandlers = {
  assignSubmission: inboxAction('assignSubmission', actions.assign),
  addSubmissionNote: inboxAction('addSubmissionNote', actions.addNote),
  unpublishComment: inboxAction('unpublishComment', actions.unpublish),
  transferSubmission: arrivingAction('transferSubmission', (s, hooked) =>
    actions.transfer(s.tx, s.row, s.input, s.actor, s.at, hooked),
  ),
  releaseSubmission: arrivingAction('releaseSubmission', (s, hooked) =>
    actions.release(s.tx, s.row, s.input, s.actor, s.at, s.row.institution_id !== null && hooked(s.row.institution_id)),
  ),
} satisfies Handlers;
