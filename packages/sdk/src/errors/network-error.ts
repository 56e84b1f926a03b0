import { HapurError, guardFor } from './hapur-error.js';
import { pathOf, redactUrl } from './redact.js';

/** The request never got an answer: offline, DNS, refused connection, CORS. */
export class NetworkError extends HapurError {
  override readonly name = 'NetworkError' as const;
  readonly method: string;
  readonly url: string;

  constructor(init: { method: string; url: string; cause?: unknown }) {
    const url = redactUrl(init.url);
    const method = init.method.toUpperCase();
    super(`Network request failed: ${method} ${pathOf(url)}`, { cause: init.cause });
    this.method = method;
    this.url = url;
  }
}

export const isNetworkError = guardFor(NetworkError, 'NetworkError');
