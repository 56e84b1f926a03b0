import { listCommentsForDisplay } from '@hapur/sdk';
import { documentsOf } from './documents-of.js';
import type { MethodSet } from './registry.js';

/** The comment list, checked by the compiled comment shapes (no zod; ADR 0005). @internal */
export const commentReads: MethodSet<'listComments'> = (entry) => ({
  listComments: (planId, number, paging, options) =>
    listCommentsForDisplay(documentsOf(entry), planId, number, paging, options),
});
