import { getPlan } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** The tracker's read (and the form's, for a draft plan's guiding questions). @internal */
export const planReads: MethodSet<'getPlan'> = (entry) => ({
  getPlan: (planId, options) => getPlan(coreOf(entry), planId, options),
});
