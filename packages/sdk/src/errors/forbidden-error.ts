import { guardFor } from './hapur-error.js';
import { HttpError } from './http-error.js';

/** 403 — the token is valid but may not do this. */
export class ForbiddenError extends HttpError {
  override readonly name = 'ForbiddenError' as const;
}

export const isForbiddenError = guardFor(ForbiddenError, 'ForbiddenError');
