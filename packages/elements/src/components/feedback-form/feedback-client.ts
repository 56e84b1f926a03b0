import {
  createCore,
  getFeedbackStatus,
  getParticipationStats,
  getPlan,
  listComments,
  newIdempotencyKey,
  submitFeedback,
} from '@hapur/sdk';
import type {
  LocalizedText,
  ActionPlan,
  FeedbackInput,
  FeedbackReceipt,
  FeedbackStatus,
  ParticipationStats,
  PublishedComment,
} from '@hapur/sdk';

/** The part of the SDK client (`createClient`) the feedback blocks use; an SDK client fits as is. */
export interface FeedbackClientLike {
  submitFeedback(
    input: FeedbackInput,
    options?: { idempotencyKey?: string; signal?: AbortSignal },
  ): Promise<FeedbackReceipt>;
  getFeedbackStatus?(token: string, options?: { signal?: AbortSignal }): Promise<FeedbackStatus>;
  listComments?(
    planId: string,
    number: string | number,
    paging?: { page?: number; pageSize?: number },
    options?: { signal?: AbortSignal },
  ): Promise<{ items: PublishedComment[]; page: number; pageSize: number; total: number }>;
  getParticipationStats?(
    filter?: { institution?: string; from?: string; to?: string },
    options?: { signal?: AbortSignal },
  ): Promise<ParticipationStats>;
  getPlan?(planId: string, options?: { signal?: AbortSignal }): Promise<ActionPlan>;
}

const clients = new Map<string, FeedbackClientLike>();

/** Whether a value (e.g. the provider's client) has the method a block needs. */
export function hasMethod<K extends keyof FeedbackClientLike>(
  value: unknown,
  method: K,
): value is FeedbackClientLike & Required<Pick<FeedbackClientLike, K>> {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

/**
 * One SDK client per API base URL on the page, so several blocks share one cache and retry policy.
 * TODO(shared): move next to `clientFor` in internal/sdk-client.ts once that adapter uses the SDK client.
 * @internal
 */
export function feedbackClientFor(baseUrl: string): FeedbackClientLike {
  const existing = clients.get(baseUrl);
  if (existing) return existing;
  // The tree-shakable form of the SDK client: only the five calls the feedback blocks make (and
  // their schemas) end up in a bundle, not every resource of `createClient`.
  const core = createCore({ baseUrl: new URL(baseUrl, document.baseURI).href });
  const client: FeedbackClientLike = {
    submitFeedback: (input, options) => submitFeedback(core, input, options),
    getFeedbackStatus: (token, options) => getFeedbackStatus(core, token, options),
    listComments: (planId, number, paging, options) => listComments(core, planId, number, paging, options),
    getParticipationStats: (filter, options) => getParticipationStats(core, filter, options),
    getPlan: (planId, options) => getPlan(core, planId, options),
  };
  clients.set(baseUrl, client);
  return client;
}

/** The client a block should use: its own, the provider's, or one for its `api` address. @internal */
export function pickClient<K extends keyof FeedbackClientLike>(
  method: K,
  own: FeedbackClientLike | undefined,
  provided: unknown,
  api: string | undefined,
): (FeedbackClientLike & Required<Pick<FeedbackClientLike, K>>) | undefined {
  for (const candidate of [own, provided, api ? feedbackClientFor(api) : undefined]) {
    if (hasMethod(candidate, method)) return candidate;
  }
  return undefined;
}

/** A fresh idempotency key for one logical submission (kept for every retry of it). @internal */
export const newKey = (): string => newIdempotencyKey();

/**
 * The guiding questions of a draft plan open for consultation (seed 004), or undefined. They are
 * help only, so a failed request is ignored.
 * @internal
 */
export async function guidingQuestionsOf(
  client: Pick<FeedbackClientLike, 'getPlan'> | undefined,
  planId: string,
): Promise<LocalizedText[] | undefined> {
  try {
    const plan = await client?.getPlan?.(planId);
    return plan?.consultation?.open ? plan.consultation.guidingQuestions : undefined;
  } catch {
    return undefined;
  }
}
