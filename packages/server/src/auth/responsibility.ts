import type { ActionPlan, PublicService } from '@hapur/sdk';
import type { Queryable } from '../db/driver.js';
import { loadService } from '../domain/services.js';
import { problems } from '../http/problem.js';
import type { Staff } from './tokens.js';

/** Who answers for a commitment: its lead, the lead of any of its milestones, the plan's coordinator. */
export function commitmentOwners(plan: ActionPlan, commitment: ActionPlan['commitments'][number]): string[] {
  const ids = [
    commitment.leadInstitutionId,
    ...commitment.milestones.map((m) => m.leadInstitutionId),
    plan.coordinatingInstitutionId,
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** 403 unless the staff member's institution is one of the service's competent authorities (CPSV-AP). */
export function requireCompetent(staff: Staff, service: Pick<PublicService, 'id' | 'competentAuthorityIds'>): void {
  if (!service.competentAuthorityIds.includes(staff.institutionId)) {
    throw problems.forbidden(
      `Your token belongs to ${staff.institutionId}; service ${service.id} is kept by ${service.competentAuthorityIds.join(', ')}.`,
    );
  }
}

/** What a stored submission is about (its `input.subject`) and the institution recorded for it. */
export interface ModeratedSubmission {
  reference: string;
  institution_id: string | null;
  input: {
    subject: { planId?: string | undefined; commitmentNumber?: string | undefined; serviceId?: string | undefined };
  };
}

/**
 * The institutions that may publish, answer or change the status of a submission. Responsibility
 * follows the subject, never the institution the sender named: a commitment's owners
 * ({@link commitmentOwners}), a service's competent authorities; only a free topic goes to the
 * institution it was sent to.
 */
export async function moderators(
  db: Queryable,
  row: ModeratedSubmission,
  getPlan: (id: string) => Promise<ActionPlan | undefined>,
): Promise<string[]> {
  const { planId, commitmentNumber, serviceId } = row.input.subject;
  if (planId !== undefined) {
    const plan = await getPlan(planId);
    const commitment = plan?.commitments.find((x) => x.number === commitmentNumber);
    return plan && commitment ? commitmentOwners(plan, commitment) : [];
  }
  if (serviceId !== undefined) {
    return (await loadService(db, serviceId))?.competentAuthorityIds ?? [];
  }
  return row.institution_id ? [row.institution_id] : [];
}

/** 403 unless the staff member's institution is responsible for the submission (see {@link moderators}). */
export async function requireModerator(
  db: Queryable,
  staff: Staff,
  row: ModeratedSubmission,
  getPlan: (id: string) => Promise<ActionPlan | undefined>,
): Promise<void> {
  const allowed = await moderators(db, row, getPlan);
  if (!allowed.includes(staff.institutionId)) {
    throw problems.forbidden(
      `Your token belongs to ${staff.institutionId}; submission ${row.reference} is for ${allowed.join(', ') || 'no institution'} to answer.`,
    );
  }
}
