import { planPeriod, selfAssessment, selfAssessmentCsv } from '@hapur/sdk/rules';
import { planDocument } from '../domain/plans.js';
import { progressLog } from '../domain/progress.js';
import { latestToday } from '../domain/today.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { QUERY, readQuery, refuseBackwardsPeriod } from '../http/query.js';
import type { AnyContext, Handlers } from './define.js';

/** 400 for a `from` or `to` after today: the report says what happened, and its default ends today at the latest. */
function refuseAfterToday(query: { from?: string; to?: string }, today: string): void {
  const late = (['from', 'to'] as const).filter((name) => query[name] !== undefined && query[name] > today);
  if (late.length > 0)
    throw problems.badRequest(
      'invalid_query',
      'Invalid query parameters.',
      late.map((name) => ({
        path: name,
        code: 'after_today',
        message: `The period cannot ${name === 'from' ? 'start' : 'end'} after today (${today}): a self-assessment reports what has happened.${name === 'to' ? ' Leave "to" out to end today.' : ''}`,
      })),
    );
}

/**
 * The self-assessment of the plan in the URL for `?from&to` (default: the plan's start to today, or its end when earlier;
 * its start when it has not started yet).
 */
async function assessment(c: AnyContext) {
  const { db, plans, now } = c.get('deps');
  const planId = c.req.param('planId') ?? '';
  const query = readQuery(c, { from: QUERY.date, to: QUERY.date });
  const plan = await planDocument(db, planId);
  if (!plan) throw problems.notFound(`No action plan "${planId}".`);
  const whole = planPeriod(plan);
  const today = now().toISOString().slice(0, 10);
  // A reader east of UTC may ask up to their own today, which UTC's may not have reached yet.
  refuseAfterToday(query, latestToday(now()));
  // Without `to`: today, or the plan's end when earlier, and never before the period starts (a plan that has not
  // started yet: its first day, with nothing reported), so the default answer is never a 400 (a static export reads it).
  const until = today < whole.to ? today : whole.to;
  const period = { from: query.from ?? whole.from, to: query.to ?? (until < whole.from ? whole.from : until) };
  refuseBackwardsPeriod(period.from, period.to);
  // The institutions' names come with the cached plan (the same ones GET /plans/{planId} names).
  const institutions = (await plans.get(db, planId))?.plan.institutions ?? [];
  const log = (await progressLog(db, planId)).map((r) => r.doc);
  return { plan, sa: selfAssessment(plan, log, period, institutions) };
}

/** The OGP self-assessment export (public data): JSON and CSV, one row per commitment. */
export const selfAssessmentHandlers = {
  getSelfAssessment: async (c) => sendJson(c, (await assessment(c)).sa),

  exportSelfAssessmentCsv: async (c) => {
    const { plan, sa } = await assessment(c);
    c.header(
      'Content-Disposition',
      `attachment; filename="${plan.id}-self-assessment-${sa.period.from}-${sa.period.to}.csv"`,
    );
    return sendCached(c, selfAssessmentCsv(sa, plan.sourceLanguage), 'text/csv; charset=utf-8; header=present');
  },
} satisfies Handlers;
