import { API_ROUTES, type RouteInput } from '@hapur/sdk';
import { requireModerator } from '../auth/responsibility.js';
import { findSubmission } from '../feedback/status.js';
import { changeStatus, publish } from '../feedback/store.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';
import { currentStaff, type AnyContext, type Handlers } from './define.js';

/**
 * The submission a staff member may act on: it exists, is not quarantined, and their institution answers
 * for its subject (`auth/responsibility.ts`), whatever institution the sender named.
 */
async function ownSubmission(c: AnyContext, reference: string) {
  const staff = currentStaff(c);
  const { db, plans } = c.get('deps');
  const row = await findSubmission(db, 'reference', reference);
  if (!row || row.quarantined) throw problems.notFound(`No submission "${reference}".`);
  await requireModerator(db, staff, row, async (id) => (await plans.get(db, id))?.plan);
  return { staff, row };
}

/** Staff moderation of submissions: answer and change status, publish as a comment. */
export const moderationHandlers = {
  changeSubmissionStatus: async (c) => {
    const input = validate<RouteInput<'changeSubmissionStatus'>>(
      API_ROUTES.changeSubmissionStatus.input,
      await readJson(c),
    );
    const { staff, row } = await ownSubmission(c, c.req.param('reference'));
    const at = c.get('deps').now().toISOString();
    await changeStatus(c.get('deps').db, row.id, input, staff.institutionId, at);
    return c.json({ reference: row.reference, status: input.status, at }, 200);
  },

  publishComment: async (c) => {
    const { row } = await ownSubmission(c, c.req.param('reference'));
    if (!row.input.subject.planId)
      throw problems.unprocessable(
        'not_a_comment',
        'Only feedback about a plan commitment can be published next to it.',
      );
    await publish(c.get('deps').db, row.id, c.get('deps').now().toISOString());
    return c.json({ reference: row.reference, published: true }, 200);
  },
} satisfies Handlers;
