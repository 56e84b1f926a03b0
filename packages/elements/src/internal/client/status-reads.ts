import { getFeedbackStatusForDisplay } from '@hapur/sdk';
import { documentsOf } from './documents-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const statusReads: MethodSet<'getFeedbackStatus'> = (entry) => ({
  getFeedbackStatus: (token, options) => getFeedbackStatusForDisplay(documentsOf(entry), token, options),
});
