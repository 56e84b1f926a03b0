import type { Translation } from '../translations/index.js';

/** Names of the SDK's error classes (`error.name`), matched without `instanceof` so copies from another bundle still count. */
const MESSAGE_BY_NAME: Record<string, keyof Translation> = {
  NotFoundError: 'errorNotFound',
  NetworkError: 'errorNetwork',
  TimeoutError: 'errorTimeout',
  ResponseShapeError: 'errorInvalidData',
  InputValidationError: 'errorInvalidData',
  ServerError: 'errorServer',
  RateLimitError: 'errorServer',
  MissingSourceError: 'errorNoSource',
};

/**
 * Maps an error to the text a reader sees, in the element's language. Never reads `error.message`:
 * SDK messages are for developers (English, with URLs) and may carry details a citizen should not see.
 * @internal
 */
export function describeError(error: unknown, localize: { t: Translation }): string {
  const e = Object(error) as { name?: unknown; status?: unknown };
  const key = MESSAGE_BY_NAME[String(e.name)];
  if (key) return localize.t[key] as string;
  const status = Number(e.status);
  if (status === 404 || status === 410) return localize.t.errorNotFound;
  if (status >= 500) return localize.t.errorServer;
  return localize.t.errorUnknown;
}

/** The error a block shows when nothing tells it where its data comes from or goes to ("no data source"). @internal */
export function missingSourceError(message: string): Error {
  return Object.assign(new Error(message), { name: 'MissingSourceError' });
}
