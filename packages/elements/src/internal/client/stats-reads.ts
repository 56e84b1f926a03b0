import { getParticipationStatsForDisplay } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const statsReads: MethodSet<'getParticipationStats'> = (entry) => ({
  getParticipationStats: (filter, options) => getParticipationStatsForDisplay(coreOf(entry), filter, options),
});
