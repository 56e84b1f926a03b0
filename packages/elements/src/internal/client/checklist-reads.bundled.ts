import { getPublicationChecklist, listPublicationPeriods } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/**
 * hapur.all.js: the checklist's reads through the SDK core and zod, which that file holds for the other blocks
 * anyway (the checklist's compiled shapes would add 0.7 KB to it). Same answers as `checklist-reads.ts`. @internal
 */
export const checklistReads: MethodSet<'listPublicationPeriods' | 'getPublicationChecklist'> = (entry) => ({
  listPublicationPeriods: (id, options) => listPublicationPeriods(coreOf(entry), id, options),
  getPublicationChecklist: (id, period, options) => getPublicationChecklist(coreOf(entry), id, period, options),
});
