import {
  checkShape,
  getPublicationChecklistRoute,
  InputValidationError,
  listPublicationPeriodsRoute,
  loadDocument,
  PeriodShape,
  PublicationChecklistShape,
  PublicationPeriodListShape,
  routeUrl,
} from '@hapur/sdk';
import type { MethodSet } from './registry.js';

/**
 * The checklist's public reads, with the SDK's `loadDocument` and the shapes compiled from the checklist's
 * zod schemas (ADR 0005), as the service blocks read: no ky and no zod on a page that only shows a checklist
 * (~16 KB gzip less, measured). Same answers and errors as the SDK client's `listPublicationPeriods` /
 * `getPublicationChecklist` in API mode (a quarter that is not `2026-Q1`-like is refused before sending);
 * pass a `createClient()` as `client` for retries with backoff, ETag revalidation or a static export.
 * @internal
 */
export const checklistReads: MethodSet<'listPublicationPeriods' | 'getPublicationChecklist'> = ({ base }) => ({
  listPublicationPeriods: async (institutionId, options) => {
    const url = new URL(routeUrl(listPublicationPeriodsRoute, { institutionId }), base);
    return (await loadDocument(url, PublicationPeriodListShape, options ?? {})).items;
  },
  getPublicationChecklist: (institutionId, period, options) => {
    const url = new URL(routeUrl(getPublicationChecklistRoute, { institutionId }), base);
    if (period !== undefined) {
      const issues = checkShape(PeriodShape, period);
      if (issues.length > 0) return Promise.reject(new InputValidationError('period', issues, { source: 'client' }));
      url.searchParams.set('period', period);
    }
    return loadDocument(url, PublicationChecklistShape, options ?? {});
  },
});
