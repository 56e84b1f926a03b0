import { calendarUrl, getCoCreationProcess, listOpportunities } from '@hapur/sdk';
import { coreOf } from './core-of.js';
import type { MethodSet } from './registry.js';

/** The participation calendar: the list and the addresses of its calendar files. @internal */
export const calendarReads: MethodSet<'listOpportunities' | 'calendarUrl'> = (entry) => ({
  listOpportunities: (filter, options) => listOpportunities(coreOf(entry), filter, options),
  calendarUrl: (target) => calendarUrl(coreOf(entry), target),
});

/** The reasoned response. @internal */
export const cocreationReads: MethodSet<'getCoCreationProcess'> = (entry) => ({
  getCoCreationProcess: (id, options) => getCoCreationProcess(coreOf(entry), id, options),
});
