import { guardFor } from './hapur-error.js';
import { HttpError } from './http-error.js';

/** 401 — a staff call without a valid token. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError' as const;
}

export const isUnauthorizedError = guardFor(UnauthorizedError, 'UnauthorizedError');
