// TODO(shared): replace with the SDK's `createClient` imported by name (and a shared `clientFor` in
// internal/sdk-client.ts) once `@hapur/sdk` re-exports src/client. Until then the namespace lookup
// below finds it as soon as it is exported, without a link error while it is not.
import * as sdk from '@hapur/sdk';
import type { ActionPlan, FeedbackInput, FeedbackReceipt, FeedbackStatus, ParticipationStats, PublishedComment } from '@hapur/sdk';

/** The part of the SDK client (`createClient`) the feedback blocks use; an SDK client fits as is. */
export interface FeedbackClientLike {
  submitFeedback(input: FeedbackInput, options?: { idempotencyKey?: string; signal?: AbortSignal }): Promise<FeedbackReceipt>;
  getFeedbackStatus?(token: string, options?: { signal?: AbortSignal }): Promise<FeedbackStatus>;
  listComments?(
    planId: string,
    number: string | number,
    paging?: { page?: number; pageSize?: number },
    options?: { signal?: AbortSignal },
  ): Promise<{ items: PublishedComment[]; page: number; pageSize: number; total: number }>;
  getParticipationStats?(filter?: { institution?: string; from?: string; to?: string }, options?: { signal?: AbortSignal }): Promise<ParticipationStats>;
  getPlan?(planId: string, options?: { signal?: AbortSignal }): Promise<ActionPlan>;
}

type CreateClient = (options: { baseUrl: string; fetch?: typeof fetch }) => FeedbackClientLike;

const clients = new Map<string, FeedbackClientLike>();

/** Whether a value (e.g. the provider's client) has the method a block needs. */
export function hasMethod<K extends keyof FeedbackClientLike>(value: unknown, method: K): value is FeedbackClientLike & Required<Pick<FeedbackClientLike, K>> {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function';
}

/** One SDK client per API base URL on the page; `undefined` while the SDK does not export its client. @internal */
export function feedbackClientFor(baseUrl: string): FeedbackClientLike | undefined {
  const existing = clients.get(baseUrl);
  if (existing) return existing;
  const create = (sdk as unknown as Record<string, unknown>)['createClient'] as CreateClient | undefined;
  if (typeof create !== 'function') return undefined;
  const client = create({ baseUrl });
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

/** A fresh idempotency key (the SDK's `newIdempotencyKey` when exported, else a UUID). @internal */
export function newKey(): string {
  const fromSdk = (sdk as unknown as Record<string, unknown>)['newIdempotencyKey'];
  if (typeof fromSdk === 'function') return String((fromSdk as () => string)());
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
