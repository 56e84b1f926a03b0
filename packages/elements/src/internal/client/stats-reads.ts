import { getParticipationStatsForDisplay } from '@hapur/sdk';
import { documentsOf } from './documents-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const statsReads: MethodSet<'getParticipationStats'> = (entry) => ({
  getParticipationStats: (filter, options) => getParticipationStatsForDisplay(documentsOf(entry), filter, options),
});
