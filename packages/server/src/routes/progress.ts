import { randomUUID } from 'node:crypto';
import { API_ROUTES, ProgressUpdateSchema, type ProgressUpdate, type RouteInput } from '@hapur/sdk';
import { loadPlan } from '../domain/plans.js';
import { appendProgress } from '../domain/progress.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';
import { currentStaff, type Handlers } from './define.js';

/** Staff progress reports on a milestone, by the milestone's, the commitment's or the plan's lead institution. */
export const progressHandlers = {
  postProgressUpdate: async (c) => {
    const { db, now, plans } = c.get('deps');
    const staff = currentStaff(c);
    const input = validate<RouteInput<'postProgressUpdate'>>(API_ROUTES.postProgressUpdate.input, await readJson(c));
    const { planId, milestoneId } = c.req.param();
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
    await appendProgress(db, update);
    plans.invalidate(planId);
    return c.json(update, 201);
  },
} satisfies Handlers;
