/** Small builders for the OpenAPI document. */
export type Json = Record<string, unknown>;

export const PROBLEM_TITLES: Record<number, string> = {
  400: 'Malformed request, or invalid input: see errors[] per field',
  401: 'Missing or invalid staff token',
  403: 'Not allowed for this token',
  404: 'Not found',
  409: 'Conflict (e.g. a request with the same idempotency key is still being processed)',
  412: 'Precondition failed: changed since the ETag sent in If-Match (read it again)',
  413: 'Body too large',
  415: 'Body not sent as application/json',
  422: 'Understood but refused (e.g. idempotency key reused with another body)',
  428: 'Precondition required: send If-Match (or If-None-Match: * to create)',
  429: 'Too many requests',
};
