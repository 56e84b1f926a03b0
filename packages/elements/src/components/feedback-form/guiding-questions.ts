import type { LocalizedText } from '@hapur/sdk';
import type { FeedbackClient } from './feedback-form.types.js';

/**
 * The guiding questions of a draft plan open for consultation (seed 004), or undefined. They are
 * help only, so a failed request is ignored.
 * @internal
 */
export async function guidingQuestionsOf(
  client: FeedbackClient | undefined,
  planId: string,
): Promise<LocalizedText[] | undefined> {
  try {
    const plan = await client?.getPlan?.(planId);
    return plan?.consultation?.open ? plan.consultation.guidingQuestions : undefined;
  } catch {
    return undefined;
  }
}
