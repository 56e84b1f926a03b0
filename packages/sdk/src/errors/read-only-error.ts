import { HapurError, guardFor } from './hapur-error.js';

/** The client reads a static export (files, no server): `operation` needs the API. Nothing was sent. */
export class ReadOnlyError extends HapurError {
  override readonly name = 'ReadOnlyError' as const;
  readonly operation: string;

  constructor(operation: string) {
    super(`${operation} needs the Hapur API; this client reads a static export, which is read-only`);
    this.operation = operation;
  }
}

export const isReadOnlyError = guardFor(ReadOnlyError, 'ReadOnlyError');
