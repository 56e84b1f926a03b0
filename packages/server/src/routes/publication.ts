import { randomUUID } from 'node:crypto';
import { API_ROUTES, PeriodSchema, overallVerdict, periodOf, type PublicationCheck, type RouteInput } from '@hapur/sdk';
import { assertHonestCheck } from '../auth/recorded-by.js';
import { requireInstitution } from '../auth/tokens.js';
import { checklist, insertCheck, periods, requirementsFor } from '../domain/checklists.js';
import { loadInstitution } from '../domain/institutions.js';
import { sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';
import { currentStaff, type AnyContext, type Handlers } from './define.js';
import { createOnce } from './staff-once.js';

async function institutionOr404(c: AnyContext, id: string) {
  const institution = await loadInstitution(c.get('deps').db, id);
  if (!institution) throw problems.notFound(`No institution "${id}".`);
  return institution;
}

/** Proactive-publication checklists: the quarter's checklist, the trend of checked quarters, staff checks. */
export const publicationHandlers = {
  listPublicationPeriods: async (c) => {
    const institution = await institutionOr404(c, c.req.param('institutionId'));
    return sendJson(c, { items: await periods(c.get('deps').db, institution) });
  },

  getPublicationChecklist: async (c) => {
    const { db, now } = c.get('deps');
    // The query first: a bad period is a 400 naming it, whether or not the institution exists.
    let period = c.req.query('period');
    if (period !== undefined && !PeriodSchema.safeParse(period).success) {
      throw problems.badRequest('invalid_query', 'Invalid query parameters.', [
        { path: 'period', code: 'invalid_period', message: 'Use a quarter of a year from 2000 to 2099, like 2026-Q1.' },
      ]);
    }
    const institution = await institutionOr404(c, c.req.param('institutionId'));
    // Without ?period: the latest quarter that has checks, else the current quarter.
    period ??= (await periods(db, institution)).at(-1)?.period ?? periodOf(now());
    return sendJson(c, await checklist(db, institution, period));
  },

  recordPublicationCheck: async (c) => {
    const { db, now } = c.get('deps');
    const staff = currentStaff(c);
    const raw = await readJson(c);
    const input = validate<RouteInput<'recordPublicationCheck'>>(API_ROUTES.recordPublicationCheck.input, raw);
    const checked = input.institutionId;
    requireInstitution(staff, checked, `the publication checks of ${checked} are for ${checked} to record`);
    assertHonestCheck(input, now());
    const institution = await loadInstitution(db, input.institutionId);
    if (!institution) throw problems.notFound(`No institution "${input.institutionId}".`);
    const requirement = (await requirementsFor(db, institution)).find((r) => r.id === input.requirementId);
    if (!requirement) {
      throw problems.validation([
        {
          path: 'requirementId',
          code: 'unknown_reference',
          message: `Requirement "${input.requirementId}" does not apply to ${institution.id}.`,
        },
      ]);
    }
    // Once per Idempotency-Key: the monitor sends one, and the SDK retries a write that has one.
    return createOnce(c, staff, 'recordPublicationCheck', raw, async (tx) => {
      const check = {
        id: `pc-${randomUUID()}`,
        ...input,
        checkedAt: now().toISOString(),
        overall: overallVerdict(input, requirement),
      } as PublicationCheck;
      await insertCheck(tx, check);
      return check;
    });
  },
} satisfies Handlers;
