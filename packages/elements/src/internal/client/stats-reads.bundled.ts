import { getParticipationStats } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** hapur.all.js: the statistics checked by zod, which that file holds anyway (the shapes would add to it). @internal */
export const statsReads: MethodSet<'getParticipationStats'> = (entry) => ({
  getParticipationStats: (filter, options) => getParticipationStats(coreOf(entry), filter, options),
});
