import { listComments } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** hapur.all.js: the comment list checked by zod, which that file holds anyway (the shapes would add to it). @internal */
export const commentReads: MethodSet<'listComments'> = (entry) => ({
  listComments: (planId, number, paging, options) => listComments(coreOf(entry), planId, number, paging, options),
});
