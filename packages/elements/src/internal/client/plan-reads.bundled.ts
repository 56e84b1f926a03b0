import { getPlan } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** hapur.all.js: the plan checked by zod, which that file holds anyway (the plan's shape would add to it). @internal */
export const planReads: MethodSet<'getPlan'> = (entry) => ({
  getPlan: (planId, options) => getPlan(coreOf(entry), planId, options),
});
