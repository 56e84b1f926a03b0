import { getFeedbackStatusForDisplay } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const statusReads: MethodSet<'getFeedbackStatus'> = (entry) => ({
  getFeedbackStatus: (token, options) => getFeedbackStatusForDisplay(coreOf(entry), token, options),
});
