import { getFeedbackStatus } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** hapur.all.js: the status checked by zod, which that file holds anyway (the shapes would add to it). @internal */
export const statusReads: MethodSet<'getFeedbackStatus'> = (entry) => ({
  getFeedbackStatus: (token, options) => getFeedbackStatus(coreOf(entry), token, options),
});
