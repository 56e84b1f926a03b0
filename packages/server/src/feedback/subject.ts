import type { ActionPlan, FeedbackInput, PublicService } from '@hapur/sdk';
import type { Queryable } from '../db/driver.js';
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
    const { rows } = await db.query<{ doc: PublicService }>('SELECT doc FROM services WHERE id = $1', [
      subject.serviceId,
    ]);
    const service = rows[0]?.doc;
    if (!service)
      throw problems.validation([
        { path: 'subject.serviceId', code: 'unknown_reference', message: `No service "${subject.serviceId}".` },
      ]);
    institutionId ??= service.competentAuthorityIds[0];
  }
  institutionId ??= fallbackInstitutionId;
  if (institutionId !== undefined) {
    const { rows } = await db.query<{ country: string }>(
      "SELECT doc->>'country' AS country FROM institutions WHERE id = $1",
      [institutionId],
    );
    if (!rows[0]) {
      if (input.institutionId !== undefined) {
        throw problems.validation([
          { path: 'institutionId', code: 'unknown_reference', message: `No institution "${institutionId}".` },
        ]);
      }
    } else country ??= rows[0].country;
  }
  return { institutionId, country: country ?? 'XK' };
}
