import { getPlanForDisplay } from '@hapur/sdk';
import { documentsOf } from './documents-of.js';
import type { MethodSet } from './registry.js';

/**
 * The tracker's read (and the form's, for a draft plan's guiding questions): the plan checked by its compiled
 * shape, through the document core (no zod, no ky). @internal
 */
export const planReads: MethodSet<'getPlan'> = (entry) => ({
  getPlan: (planId, options) => getPlanForDisplay(documentsOf(entry), planId, options),
});
