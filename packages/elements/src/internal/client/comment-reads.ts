import { listComments } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const commentReads: MethodSet<'listComments'> = (entry) => ({
  listComments: (planId, number, paging, options) => listComments(coreOf(entry), planId, number, paging, options),
});
