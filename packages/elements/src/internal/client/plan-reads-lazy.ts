// The form's lazily loaded plan read (a draft plan's guiding questions): its own dynamic entry. By zod and the SDK
// core, which the form's checks and send load on its first use anyway (the plan's shape would add to them).
import { getPlan } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { BlockClient } from './registry.js';
import type { ApiEntry } from './registry.js';

/** @internal */
export const lazyGetPlan =
  (entry: ApiEntry): BlockClient<'getPlan'>['getPlan'] =>
  (planId, options) =>
    getPlan(coreOf(entry), planId, options);
