import { guardFor } from './hapur-error.js';
import { HttpError } from './http-error.js';

/** 404 — the resource does not exist (or the status token is unknown). */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError' as const;
}

export const isNotFoundError = guardFor(NotFoundError, 'NotFoundError');
