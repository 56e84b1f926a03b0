import { guardFor } from './hapur-error.js';
import { HttpError } from './http-error.js';

/** 409 — the change conflicts with the current state (e.g. a status transition that is not allowed). */
export class ConflictError extends HttpError {
  override readonly name = 'ConflictError' as const;
}

export const isConflictError = guardFor(ConflictError, 'ConflictError');
