import type { ActionPlan, FeedbackInput } from '@hapur/sdk';
import type { Queryable } from '../db/types.js';
import { institutionCountry } from '../domain/institutions.js';
import { loadService } from '../domain/services.js';
import { problems } from '../http/problem.js';

export interface Target {
  institutionId: string | undefined;
  country: string;
}

/**
 * Checks that what the feedback is about exists, and finds who must answer: the institution named,
 * else the commitment's lead, else the service's competent authority.
 */
export async function resolveSubject(
  db: Queryable,
  input: FeedbackInput,
  getPlan: (id: string) => Promise<ActionPlan | undefined>,
  fallbackInstitutionId?: string,
): Promise<Target> {
  const { subject } = input;
  let institutionId = input.institutionId;
  let country: string | undefined;
  if (subject.planId !== undefined) {
    const plan = await getPlan(subject.planId);
    if (!plan)
      throw problems.validation([
        { path: 'subject.planId', code: 'unknown_reference', message: `No action plan "${subject.planId}".` },
      ]);
    const commitment = plan.commitments.find((x) => x.number === subject.commitmentNumber);
    if (!commitment) {
      throw problems.validation([
        {
          path: 'subject.commitmentNumber',
          code: 'unknown_reference',
          message: `Plan "${plan.id}" has no commitment ${String(subject.commitmentNumber)}.`,
        },
      ]);
    }
    institutionId ??= commitment.leadInstitutionId ?? plan.coordinatingInstitutionId;
    country = plan.country;
  }
  if (subject.serviceId !== undefined) {
    const service = await loadService(db, subject.serviceId);
    if (!service)
      throw problems.validation([
        { path: 'subject.serviceId', code: 'unknown_reference', message: `No service "${subject.serviceId}".` },
      ]);
    institutionId ??= service.competentAuthorityIds[0];
  }
  institutionId ??= fallbackInstitutionId;
  if (institutionId !== undefined) {
    const stored = await institutionCountry(db, institutionId);
    if (!stored) {
      if (input.institutionId !== undefined) {
        throw problems.validation([
          { path: 'institutionId', code: 'unknown_reference', message: `No institution "${institutionId}".` },
        ]);
      }
    } else country ??= stored.country;
  }
  return { institutionId, country: country ?? 'XK' };
}
