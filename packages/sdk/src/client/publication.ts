import { PeriodSchema } from '../schemas/period.js';
import {
  PublicationChecklistSchema,
  PublicationPeriodListSchema,
  type ChecklistSummary,
  type PublicationChecklist,
} from '../schemas/publication.js';
import { getPublicationChecklistRoute, listPublicationPeriodsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';
import { parseInput } from './validate.js';

export interface PeriodEntry {
  period: string;
  summary: ChecklistSummary;
}

/** `GET /publication-checklists/{institutionId}/periods`: every checked quarter with its summary. */
export async function listPublicationPeriods(
  core: Core,
  institutionId: string,
  options?: CallOptions,
): Promise<PeriodEntry[]> {
  const route = {
    path: routeUrl(listPublicationPeriodsRoute, { institutionId }),
    staticPath: staticUrl(listPublicationPeriodsRoute, { institutionId }),
  };
  const list = await core.read('listPublicationPeriods', route, PublicationPeriodListSchema, options);
  return list.items;
}

/**
 * `GET /publication-checklists/{institutionId}?period=2026-Q1`. Without `period` the API picks the latest checked
 * quarter, else the current one; a static export has no "current", so the latest exported quarter is read, or, when
 * none is checked yet, the export's answer without a period.
 */
export async function getPublicationChecklist(
  core: Core,
  institutionId: string,
  period?: string,
  options?: CallOptions,
): Promise<PublicationChecklist> {
  let chosen = period === undefined ? undefined : parseInput(PeriodSchema, period, 'period');
  if (chosen === undefined && core.mode === 'static') {
    const periods = (await listPublicationPeriods(core, institutionId, options)).map((p) => p.period).sort();
    chosen = periods[periods.length - 1];
  }
  const route = {
    path: routeUrl(getPublicationChecklistRoute, { institutionId }),
    query: { period: chosen },
    staticPath: staticUrl(getPublicationChecklistRoute, { institutionId, period: chosen }),
  };
  return core.read('getPublicationChecklist', route, PublicationChecklistSchema, options);
}
