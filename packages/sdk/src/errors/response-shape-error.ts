import { HapurError, guardFor } from './hapur-error.js';
import { describeIssues, type Issue } from './issues.js';
import { pathOf, redactUrl } from './redact.js';

/**
 * A 2xx body (or a static JSON file) does not match our schema. Deliberately not an `HttpError`:
 * the transport worked, the data is untrustworthy. Show "data unavailable", log `issues`.
 */
export class ResponseShapeError extends HapurError {
  override readonly name = 'ResponseShapeError' as const;
  readonly issues: readonly Issue[];
  readonly url: string;

  constructor(init: { url: string; issues: readonly Issue[]; cause?: unknown }) {
    const url = redactUrl(init.url);
    super(`Unexpected data from ${pathOf(url)} ${describeIssues(init.issues)}`, { cause: init.cause });
    this.issues = init.issues;
    this.url = url;
  }
}

export const isResponseShapeError = guardFor(ResponseShapeError, 'ResponseShapeError');
