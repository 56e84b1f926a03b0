import {
  createCore,
  getService,
  listServices,
  PublicServiceSchema,
  ResponseShapeError,
  toIssues,
  type HapurClient,
  type PublicService,
} from '@hapur/sdk';
import type * as z from 'zod/mini';

/**
 * The reads the service blocks make. Any `HapurClient` from `createClient()` fits; without one, the
 * element builds this from the tree-shakable SDK functions so the bundle holds only the service reads.
 */
export type ServiceReader = Pick<HapurClient, 'getService' | 'listServices'>;

const readers = new Map<string, ServiceReader>();

/** One reader per API base URL on the page, so every block shares the SDK's request dedupe and ETag memory. @internal */
export function readerFor(baseUrl: string): ServiceReader {
  let reader = readers.get(baseUrl);
  if (!reader) {
    const core = createCore({ baseUrl: new URL(baseUrl, document.baseURI) });
    reader = {
      getService: (id, options) => getService(core, id, options),
      listServices: (filter, options) => listServices(core, filter, options),
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
    throw new ResponseShapeError({ url: 'inline', issues: [{ path: '', code: 'invalid_json', message: 'The inline data is not JSON' }], cause });
  }
  return parseDocument(value, PublicServiceSchema, 'inline');
}

/** Checks already-parsed JSON (inline data) against a schema, failing like a fetched document would. @internal */
export function parseDocument<S extends z.ZodMiniType>(value: unknown, schema: S, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ResponseShapeError({ url: where, issues: toIssues(result.error.issues), cause: result.error });
  return result.data;
}
