import type { FeedbackStatus } from '../schemas/submission.js';
import { getFeedbackStatusRoute, routeUrl } from '../routes/paths.js';
import { FeedbackStatusShape } from '../shapes/feedback.generated.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

// Apart from `feedback.ts` (the send, with zod and the input schema): a bundler puts a module in one chunk, so a
// page that shows a status would load the form's send with it.

/** `GET /feedback/{statusToken}`: no static export has it. */
export const statusRoute = (statusToken: string) => ({
  path: routeUrl(getFeedbackStatusRoute, { statusToken }),
  staticPath: undefined,
});

/**
 * `getFeedbackStatus` checked by the shape compiled from `FeedbackStatusSchema` instead of zod (ADR 0005),
 * for a block that only displays the status: same errors, unknown fields kept rather than stripped.
 */
export async function getFeedbackStatusForDisplay(
  core: Core,
  statusToken: string,
  options?: CallOptions,
): Promise<FeedbackStatus> {
  return core.read('getFeedbackStatus', statusRoute(statusToken), FeedbackStatusShape, options);
}
