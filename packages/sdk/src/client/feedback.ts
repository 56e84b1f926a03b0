import {
  FeedbackInputSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  type FeedbackInput,
  type FeedbackReceipt,
  type FeedbackStatus,
} from '../schemas/submission.js';
import { routeUrl, submitFeedbackRoute } from '../routes/paths.js';
import type { Core } from './core.js';
import { statusRoute } from './feedback-status-display.js';
import { newIdempotencyKey } from './idempotency.js';
import type { CallOptions, WriteOptions } from './options.js';

/**
 * `POST /feedback`. The input is checked against `FeedbackInputSchema` first (an `InputValidationError`
 * and nothing sent when it fails). Always sent with an `Idempotency-Key` so transient failures are retried
 * without a second submission; pass your own key (one per form fill) to make a manual "send again" safe too.
 * Keep the receipt's `statusToken`: it is the only way to follow the item.
 */
export async function submitFeedback(
  core: Core,
  input: FeedbackInput,
  options: WriteOptions = {},
): Promise<FeedbackReceipt> {
  const call = { ...options, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() };
  return core.write(
    'submitFeedback',
    { path: routeUrl(submitFeedbackRoute, {}), input: { schema: FeedbackInputSchema, value: input } },
    FeedbackReceiptSchema,
    call,
  );
}

/** `GET /feedback/{statusToken}`. The token never appears in error messages or `error.url`. Not in static exports. */
export async function getFeedbackStatus(
  core: Core,
  statusToken: string,
  options?: CallOptions,
): Promise<FeedbackStatus> {
  return core.read('getFeedbackStatus', statusRoute(statusToken), FeedbackStatusSchema, options);
}
