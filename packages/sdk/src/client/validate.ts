import type * as z from 'zod/mini';
import { InputValidationError } from '../errors/input-validation-error.js';
import { toIssues } from '../errors/issues.js';
import { ResponseShapeError } from '../errors/response-shape-error.js';

/** Parses what the caller wants to send; on failure nothing is sent. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputValidationError(what, toIssues(result.error.issues), { source: 'client' });
  return result.data;
}

/** Parses what the server (or a static file) answered; a mismatch is a `ResponseShapeError` naming the path. */
export function parseOutput<S extends z.ZodMiniType>(schema: S, value: unknown, url: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ResponseShapeError({ url, issues: toIssues(result.error.issues), cause: result.error });
  return result.data;
}

/** `Response.json()` that turns a non-JSON body into a `ResponseShapeError` instead of a bare `SyntaxError`. */
export async function readJson(response: Response, url: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ResponseShapeError({
      url,
      issues: [{ path: '', code: 'invalid_json', message: 'The body is not JSON' }],
      cause,
    });
  }
}
