import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import {
  PublicationCheckInputSchema,
  ProgressUpdateInputSchema,
  ProgressUpdateSchema,
  StatusChangeInputSchema,
  open311Status,
  overallVerdict,
  type ProgressUpdate,
  type ProgressUpdateInput,
  type PublicationCheck,
  type PublicationCheckInput,
  type StatusChangeInput,
} from '@hapur/sdk';
import type { AppEnv } from '../app.js';
import { requireInstitution, requireStaff } from '../auth/tokens.js';
import { loadInstitution, requirementsFor } from '../domain/checklists.js';
import { loadPlan } from '../domain/plans.js';
import { findSubmission } from '../feedback/status.js';
import { problems } from '../http/problem.js';
import { readJson, validate } from '../http/validate.js';

/** Authenticated writes for institution staff; every one checks the token's institution. */
export function staffRoutes(app: Hono<AppEnv>): void {
  app.post('/api/v1/plans/:planId/milestones/:milestoneId/progress', async (c) => {
    const { db, now } = c.get('deps');
    const staff = await requireStaff(c, db);
    const input = validate<ProgressUpdateInput>(ProgressUpdateInputSchema, await readJson(c));
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
    await db.query(
      `INSERT INTO progress_updates (id, plan_id, target_id, reported_at, doc, provenance, created_at)
       VALUES ($1, $2, $3, $4::timestamptz, $5::jsonb, 'real', $4::timestamptz)`,
      [update.id, planId, milestoneId, update.reportedAt, JSON.stringify(update)],
    );
    c.get('deps').plans.invalidate(planId);
    return c.json(update, 201);
  });

  app.post('/api/v1/feedback/:reference/status', async (c) => {
    const { db, now } = c.get('deps');
    const staff = await requireStaff(c, db);
    const input = validate<StatusChangeInput>(StatusChangeInputSchema, await readJson(c));
    const row = await findSubmission(db, 'reference', c.req.param('reference'));
    if (!row || row.quarantined) throw problems.notFound(`No submission "${c.req.param('reference')}".`);
    requireInstitution(staff, row.institution_id, `submission ${row.reference}`);
    const at = now().toISOString();
    await db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO submission_events (submission_id, status, at, note, institution_id) VALUES ($1, $2, $3::timestamptz, $4::jsonb, $5)',
        [row.id, input.status, at, input.note ? JSON.stringify(input.note) : null, staff.institutionId],
      );
      const closed = open311Status(input.status) === 'closed';
      await tx.query(
        'UPDATE submissions SET status = $2, closed_at = CASE WHEN $3 THEN coalesce(closed_at, $4::timestamptz) END WHERE id = $1',
        [row.id, input.status, closed, at],
      );
      if (input.response) {
        const doc = { ...input.response, respondedAt: at };
        await tx.query(
          `INSERT INTO submission_responses (submission_id, doc, responded_at) VALUES ($1, $2::jsonb, $3::timestamptz)
           ON CONFLICT (submission_id) DO UPDATE SET doc = EXCLUDED.doc, responded_at = EXCLUDED.responded_at`,
          [row.id, JSON.stringify(doc), at],
        );
      }
    });
    return c.json({ reference: row.reference, status: input.status, at }, 200);
  });

  app.post('/api/v1/feedback/:reference/publish', async (c) => {
    const { db, now } = c.get('deps');
    const staff = await requireStaff(c, db);
    const row = await findSubmission(db, 'reference', c.req.param('reference'));
    if (!row || row.quarantined) throw problems.notFound(`No submission "${c.req.param('reference')}".`);
    requireInstitution(staff, row.institution_id, `submission ${row.reference}`);
    if (!row.input.subject.planId)
      throw problems.unprocessable(
        'not_a_comment',
        'Only feedback about a plan commitment can be published next to it.',
      );
    const at = now().toISOString();
    await db.query('UPDATE submissions SET published_at = coalesce(published_at, $2::timestamptz) WHERE id = $1', [
      row.id,
      at,
    ]);
    return c.json({ reference: row.reference, published: true }, 200);
  });

  app.post('/api/v1/publication-checks', async (c) => {
    const { db, now } = c.get('deps');
    const staff = await requireStaff(c, db);
    const input = validate<PublicationCheckInput>(PublicationCheckInputSchema, await readJson(c));
    requireInstitution(staff, input.institutionId, `institution ${input.institutionId}`);
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
    const check = {
      id: `pc-${randomUUID()}`,
      ...input,
      checkedAt: now().toISOString(),
      overall: overallVerdict(input, requirement),
    } as PublicationCheck;
    await db.query(
      `INSERT INTO publication_checks (id, institution_id, requirement_id, period, doc, provenance, checked_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, 'real', $6::timestamptz)`,
      [check.id, check.institutionId, check.requirementId, check.period, JSON.stringify(check), check.checkedAt],
    );
    return c.json(check, 201);
  });
}
