import { listOf } from '../schemas/envelopes.js';
import { ProgressHistoryEntrySchema, type ProgressHistoryEntry } from '../schemas/progress-update.js';
import { listProgressHistoryRoute, routeUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

export type { ProgressHistoryEntry };

const HistoryList = /* @__PURE__ */ listOf(ProgressHistoryEntrySchema);

/** `GET /plans/{planId}/milestones/{milestoneId}/progress` (staff of an institution that may report on it): oldest first. */
export async function listProgressHistory(
  core: Core,
  planId: string,
  milestoneId: string,
  options?: CallOptions,
): Promise<ProgressHistoryEntry[]> {
  const route = {
    path: routeUrl(listProgressHistoryRoute, { planId, milestoneId }),
    staticPath: undefined,
    staff: true,
  };
  return (await core.read('listProgressHistory', route, HistoryList, options)).items;
}
