import { getPublicationChecklist, listPublicationPeriods } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** @internal */
export const checklistReads: MethodSet<'listPublicationPeriods' | 'getPublicationChecklist'> = (entry) => ({
  listPublicationPeriods: (id, options) => listPublicationPeriods(coreOf(entry), id, options),
  getPublicationChecklist: (id, period, options) => getPublicationChecklist(coreOf(entry), id, period, options),
});
