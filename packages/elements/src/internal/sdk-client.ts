import {
  filterServices,
  loadDocument,
  parseOutput,
  PublicServiceListShape,
  PublicServiceShape,
  ResponseShapeError,
  type HapurClient,
  type PublicService,
} from '@hapur/sdk';

/**
 * The reads the service blocks make. Any `HapurClient` from `createClient()` fits (pass it as `client`
 * for retries with backoff, ETag revalidation and request sharing). Without one, `readerFor(api)` reads
 * with the SDK's `loadDocument`: plain fetch and typed errors, without ky (~7 KB gzip less in the CDN
 * bundle, measured), checked against the service's shape compiled from its zod schema, without zod
 * (~8 KB gzip less; see the SDK's `shapes/`). Retrying is then the reader's button.
 */
export type ServiceReader = Pick<HapurClient, 'getService' | 'listServices'>;

const readers = new Map<string, ServiceReader>();

// TODO(sdk): replace with a fetch-only core exported by @hapur/sdk, so the API routes live in one place
// (these two mirror client/services.ts: `GET services/{id}` and `GET services?institution=&q=`).
/** A light reader for one API base URL (`/api/v1`), shared by every block that uses it. @internal */
export function readerFor(baseUrl: string): ServiceReader {
  let reader = readers.get(baseUrl);
  if (!reader) {
    const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, document.baseURI);
    reader = {
      getService: (id, options) =>
        loadDocument(new URL(`services/${encodeURIComponent(id)}`, base), PublicServiceShape, options ?? {}),
      listServices: async (filter = {}, options) => {
        const url = new URL('services', base);
        if (filter.institution) url.searchParams.set('institution', filter.institution);
        if (filter.q) url.searchParams.set('q', filter.q);
        // The API filters already; filtering again costs nothing and keeps a static `services` file correct too.
        return filterServices((await loadDocument(url, PublicServiceListShape, options ?? {})).items, filter);
      },
    };
    readers.set(baseUrl, reader);
  }
  return reader;
}

/**
 * Reads a service from an inline `<script type="application/json">`: `null` when it is empty (a block
 * placed before its data was filled in), a ResponseShapeError when it does not match the schema.
 * @internal
 */
export function parseInlineService(text: string): PublicService | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'null') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (cause) {
    throw new ResponseShapeError({
      url: 'inline',
      issues: [{ path: '', code: 'invalid_json', message: 'The inline data is not JSON' }],
      cause,
    });
  }
  return parseOutput(PublicServiceShape, value, 'inline');
}
