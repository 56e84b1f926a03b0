import type { ActionPlan, PublicService } from '@hapur/sdk';
import type { Queryable } from '../db/driver.js';
import { loadService, servicesOf } from '../domain/services.js';
import { planIds } from '../domain/plans.js';
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
  /** Set once a transfer handed the submission to `institution_id`. */
  transferred_at?: unknown;
  input: {
    subject: { planId?: string | undefined; commitmentNumber?: string | undefined; serviceId?: string | undefined };
  };
}

/**
 * The institutions that may publish, answer or change the status of a submission. Responsibility
 * follows the subject, never the institution the sender named: a commitment's owners
 * ({@link commitmentOwners}), a service's competent authorities; only a free topic goes to the
 * institution it was sent to. A transfer (the inbox) hands it to the institution it was transferred to alone.
 */
export async function moderators(
  db: Queryable,
  row: ModeratedSubmission,
  getPlan: (id: string) => Promise<ActionPlan | undefined>,
): Promise<string[]> {
  if (row.transferred_at) return row.institution_id ? [row.institution_id] : [];
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

/**
 * {@link moderators} turned around, for the inbox's SQL: every commitment (`planId#number`) and service
 * an institution answers for.
 */
export interface Responsibility {
  institutionId: string;
  commitments: readonly string[];
  services: readonly string[];
}

export async function responsibilityOf(
  db: Queryable,
  institutionId: string,
  getPlan: (id: string) => Promise<ActionPlan | undefined>,
): Promise<Responsibility> {
  const commitments: string[] = [];
  for (const id of await planIds(db)) {
    const plan = await getPlan(id);
    for (const c of plan?.commitments ?? [])
      if (commitmentOwners(plan!, c).includes(institutionId)) commitments.push(`${plan!.id}#${c.number}`);
  }
  return { institutionId, commitments, services: await servicesOf(db, institutionId) };
}

/** The same rule as {@link moderators}, on a row with its subject columns and a {@link Responsibility}. */
export function isActionable(
  r: Responsibility,
  row: {
    institution_id: string | null;
    transferred_at: unknown;
    plan_id: string | null;
    commitment_number: string | null;
    service_id: string | null;
  },
): boolean {
  if (row.transferred_at) return row.institution_id === r.institutionId;
  if (row.plan_id !== null) return r.commitments.includes(`${row.plan_id}#${row.commitment_number ?? ''}`);
  if (row.service_id !== null) return r.services.includes(row.service_id);
  return row.institution_id === r.institutionId;
}
