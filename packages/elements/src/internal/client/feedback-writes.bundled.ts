import { submitFeedback } from '@hapur/sdk';
import { planReads } from './plan-reads.js';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** hapur.all.js: the form's calls with the plan read inside (every block is in that file already; a lazy chunk would cost it 1.5 KB). @internal */
export const feedbackWrites: MethodSet<'submitFeedback' | 'getPlan'> = (entry) => ({
  ...planReads(entry),
  submitFeedback: (input, options) => submitFeedback(coreOf(entry), input, options),
});
