/**
 * Base of every error the SDK throws. Never thrown itself.
 * Messages say what failed and where; they never contain tokens or the user's own text.
 */
export class HapurError extends Error {
  override readonly name: HapurErrorName = 'HapurError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }

  /** `true` on every SDK error; survives bundling twice and realms (iframes), unlike `instanceof`. */
  get isHapurError(): true {
    return true;
  }
}

/** `HttpError` and its subclasses (one per status class the client tells apart): what `isHttpError` accepts. */
export const HTTP_ERROR_NAMES = [
  'HttpError',
  'NotFoundError',
  'UnauthorizedError',
  'ForbiddenError',
  'ConflictError',
  'RateLimitError',
  'ServerError',
] as const;

export const HAPUR_ERROR_NAMES = [
  'HapurError',
  ...HTTP_ERROR_NAMES,
  'InputValidationError',
  'NetworkError',
  'TimeoutError',
  'ResponseShapeError',
  'ReadOnlyError',
] as const;
/** The literal `name` of every SDK error class; `switch (error.name)` narrows on it. */
export type HapurErrorName = (typeof HAPUR_ERROR_NAMES)[number];
// Pure: a bundle that never calls isHapurError (or a guard) drops the set and the list of names.
const NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(HAPUR_ERROR_NAMES);

/** True for any SDK error, also one created by another copy of the SDK (another bundle or frame). */
export function isHapurError(error: unknown): error is HapurError {
  if (error instanceof HapurError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; isHapurError?: unknown };
  return candidate.isHapurError === true && typeof candidate.name === 'string' && NAMES.has(candidate.name);
}

/** Builds a guard that checks `instanceof` first and falls back to `name` (cross-realm). */
export function guardFor<T extends HapurError>(
  ctor: abstract new (...args: never[]) => T,
  ...names: readonly string[]
): (error: unknown) => error is T {
  return (error: unknown): error is T => error instanceof ctor || (isHapurError(error) && names.includes(error.name));
}
