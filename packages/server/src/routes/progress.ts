import { randomUUID } from 'node:crypto';
import {
  API_ROUTES,
  PROGRESS_CHANGE_FIELDS,
  ProgressUpdateSchema,
  planPeriod,
  type ProgressHistoryEntry,
  type ProgressUpdate,
  type RouteInput,
} from '@hapur/sdk';
import { loadPlan } from '../domain/plans.js';
import { appendProgress, milestoneLog } from '../domain/progress.js';
import { latestToday } from '../domain/today.js';
import type { Queryable } from '../db/types.js';
import type { Staff } from '../auth/tokens.js';
import { PRIVATE_CACHE, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';
import { currentStaff, type Handlers } from './define.js';
import { createOnce } from './staff-once.js';

/**
 * 404 unless the milestone exists; 403 unless the token's institution leads it, its commitment or the plan. Returns
 * the plan's first day.
 */
async function requireReporter(db: Queryable, staff: Staff, planId: string, milestoneId: string): Promise<string> {
  const plan = await loadPlan(db, planId);
  if (!plan) throw problems.notFound(`No action plan "${planId}".`);
  const commitment = plan.commitments.find((x) => x.milestones.some((m) => m.id === milestoneId));
  const milestone = commitment?.milestones.find((m) => m.id === milestoneId);
  if (!commitment || !milestone) throw problems.notFound(`Plan "${planId}" has no milestone "${milestoneId}".`);
  const owners = [milestone.leadInstitutionId, commitment.leadInstitutionId, plan.coordinatingInstitutionId];
  if (!owners.includes(staff.institutionId)) {
    throw problems.forbidden(
      `Your token belongs to ${staff.institutionId}; milestone ${milestone.number} is led by another institution.`,
    );
  }
  return planPeriod(plan).from;
}

const STATE = ['status', 'completion', 'progressPercent'] as const;

/** Each update with what it changed: a state field that differs from the state before it, any text, date or evidence it brings. */
function history(log: readonly { doc: ProgressUpdate; staff_name: string | null }[]): ProgressHistoryEntry[] {
  const state: Partial<Record<(typeof STATE)[number], unknown>> = {};
  return log.map(({ doc, staff_name }) => {
    const changed = PROGRESS_CHANGE_FIELDS.filter((f) => {
      const value = doc[f];
      if (value === undefined || (f === 'evidence' && doc.evidence.length === 0)) return false;
      if (!(STATE as readonly string[]).includes(f)) return true;
      const before = state[f as (typeof STATE)[number]];
      state[f as (typeof STATE)[number]] = value;
      return before !== value;
    });
    return { update: doc, ...(staff_name ? { by: staff_name } : {}), changed };
  });
}

/** Staff progress reports on a milestone, by the milestone's, the commitment's or the plan's lead institution. */
export const progressHandlers = {
  postProgressUpdate: async (c) => {
    const { db, now, plans } = c.get('deps');
    const staff = currentStaff(c);
    const raw = await readJson(c);
    const input = validate<RouteInput<'postProgressUpdate'>>(API_ROUTES.postProgressUpdate.input, raw);
    const { planId, milestoneId } = c.req.param();
    const planStart = await requireReporter(db, staff, planId, milestoneId);
    const date = input.reportingDate;
    // Today on the reporter's clock: any date that is today somewhere (their local midnight comes before UTC's).
    if (date !== undefined && date > latestToday(now())) {
      throw problems.unprocessable(
        'reporting_date_in_future',
        `The reporting date ${date} is after today: report the state as it is.`,
      );
    }
    if (date !== undefined && date < planStart) {
      throw problems.unprocessable(
        'reporting_date_before_plan',
        `The reporting date ${date} is before the action plan starts (${planStart}).`,
      );
    }
    const update: ProgressUpdate = validate(ProgressUpdateSchema, {
      ...input,
      id: `pu-${randomUUID()}`,
      planId,
      milestoneId,
      reportedAt: now().toISOString(),
      reportedBy: { institutionId: staff.institutionId },
      source: 'self_report',
      evidence: input.evidence ?? [],
    });
    // Once per Idempotency-Key (optional): a retry whose first answer was lost does not report twice.
    const response = await createOnce(c, staff, 'postProgressUpdate', raw, async (tx) => {
      await appendProgress(tx, update, staff.name);
      return update;
    });
    // The tracker reads the plan through the cache: it shows the new state on the next read.
    plans.invalidate(planId);
    return response;
  },

  listProgressHistory: async (c) => {
    const { db } = c.get('deps');
    const { planId, milestoneId } = c.req.param();
    await requireReporter(db, currentStaff(c), planId, milestoneId);
    return sendJson(c, { items: history(await milestoneLog(db, planId, milestoneId)) }, PRIVATE_CACHE);
  },
} satisfies Handlers;
