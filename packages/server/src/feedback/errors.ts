/**
 * The submissions repository refused a write with this Idempotency-Key: `in_progress`, the first request with the
 * key is still being stored; `reused`, the key came before with another body. A domain error, not an HTTP one: the
 * store knows nothing of statuses, and the route maps it to its problem (409 or 422).
 */
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
  readonly kind: 'in_progress' | 'reused';
  constructor(kind: 'in_progress' | 'reused', message: string) {
    super(message);
    this.kind = kind;
  }
}
