import type { LocalizedText } from '@hapur/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedbackClient } from './feedback-form.types.js';

/** The form's configuration the questions depend on. */
export interface QuestionsHost extends ReactiveControllerHost {
  readonly guidingQuestions: LocalizedText[] | undefined;
  readonly planId: string | undefined;
  readonly commitment: string | undefined;
}

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

/**
 * Loads a draft plan's guiding questions once per plan (when the form is about a commitment and the page
 * gave none) and re-renders the form when they arrive. @internal
 */
export class GuidingQuestions implements ReactiveController {
  value: LocalizedText[] | undefined;
  #loadedPlan: string | undefined;
  readonly #host: QuestionsHost;
  readonly #client: () => FeedbackClient | undefined;

  constructor(host: QuestionsHost, client: () => FeedbackClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  hostUpdate(): void {
    const { guidingQuestions, planId, commitment } = this.#host;
    if (guidingQuestions || !planId || !commitment || planId === this.#loadedPlan) return;
    this.#loadedPlan = planId;
    void guidingQuestionsOf(this.#client(), planId).then((questions) => {
      this.value = questions;
      this.#host.requestUpdate();
    });
  }
}
