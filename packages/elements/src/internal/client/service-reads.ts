import { filterServices, loadDocument, PublicServiceListShape, PublicServiceShape } from '@hapur/sdk';
import type { MethodSet } from './registry.js';

/**
 * The service blocks' reads, with the SDK's `loadDocument`: plain fetch and typed errors, without ky
 * (~7 KB gzip less, measured), checked against the service's shape compiled from its zod schema, without
 * zod (~8 KB gzip less; ADR 0005). Retrying is then the reader's button. Same answers as the SDK
 * client's `getService` / `listServices`; pass a `createClient()` as `client` for retries with backoff
 * and ETag revalidation.
 * @internal
 */
export const serviceReads: MethodSet<'getService' | 'listServices'> = ({ base }) => ({
  getService: (id, options) =>
    loadDocument(new URL(`services/${encodeURIComponent(id)}`, base), PublicServiceShape, options ?? {}),
  listServices: async (filter = {}, options) => {
    const url = new URL('services', base);
    if (filter.institution) url.searchParams.set('institution', filter.institution);
    if (filter.q) url.searchParams.set('q', filter.q);
    // The API filters already; filtering again costs nothing and keeps a static `services` file correct too.
    return filterServices((await loadDocument(url, PublicServiceListShape, options ?? {})).items, filter);
  },
});
