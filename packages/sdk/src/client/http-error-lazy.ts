import type { HttpError } from '../errors/http-error.js';
import type { InputValidationError } from '../errors/input-validation-error.js';
import type { ResponseLike } from '../errors/http-error-from.js';
import { NetworkError } from '../errors/network-error.js';

/**
 * `httpErrorFrom` for `loadDocument`, imported when a read first fails: a page whose reads succeed never loads the
 * HTTP error classes (issue #20: ~0.8 KB gzip on every page that only shows data). Should they not load (the
 * connection dropped after the answer), the failure is the `NetworkError` it then is. hapur.all.js, which holds the
 * classes anyway, uses `http-error-lazy.bundled.ts` instead. @internal
 */
export const httpError = (
  response: ResponseLike,
  body: unknown,
  request: { method: string; url: string },
): Promise<HttpError | InputValidationError | NetworkError> =>
  import('../errors/http-error-from.js').then(
    (m) => m.httpErrorFrom(response, body, request),
    (cause: unknown) => new NetworkError({ ...request, cause }),
  );
