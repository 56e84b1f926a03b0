import { guardFor } from './hapur-error.js';
import { HttpError } from './http-error.js';

/** 5xx — the server failed; reads were already retried. */
export class ServerError extends HttpError {
  override readonly name = 'ServerError' as const;
}

export const isServerError = guardFor(ServerError, 'ServerError');
