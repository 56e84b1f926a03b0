import type * as z from 'zod/mini';
import { InputValidationError } from '../errors/input-validation-error.js';
import { toIssues } from '../errors/issues.js';
import { ResponseShapeError } from '../errors/response-shape-error.js';
import { checkShape, type Shape } from '../shapes/check.js';

/** What a document is checked against: its zod schema, or the zod-free shape compiled from it (`shapes/`). */
export type OutputSchema = z.ZodMiniType | Shape<unknown>;
/** The type a checked document has. */
export type OutputOf<S extends OutputSchema> =
  S extends Shape<infer T> ? T : S extends z.ZodMiniType ? z.output<S> : never;

/** Parses what the caller wants to send; on failure nothing is sent. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputValidationError(what, toIssues(result.error.issues), { source: 'client' });
  return result.data;
}

/** `parseInput` against the shape compiled from the schema (no zod): the same error, the value as given. */
export function checkInput<T>(shape: Shape<T>, value: unknown, what: string): T {
  const issues = checkShape(shape, value);
  if (issues.length > 0) throw new InputValidationError(what, issues, { source: 'client' });
  return value as T;
}

/**
 * Parses what the server (or a static file) answered; a mismatch is a `ResponseShapeError` naming the path.
 * A shape checks without copying (unknown fields stay, where zod would strip them); a zod schema parses.
 */
export function parseOutput<S extends z.ZodMiniType>(schema: S, value: unknown, url: string): z.output<S>;
export function parseOutput<S extends OutputSchema>(schema: S, value: unknown, url: string): OutputOf<S>;
export function parseOutput(schema: OutputSchema, value: unknown, url: string): unknown {
  if ('node' in schema) {
    const issues = checkShape(schema, value);
    if (issues.length > 0) throw new ResponseShapeError({ url, issues });
    return value;
  }
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ResponseShapeError({ url, issues: toIssues(result.error.issues), cause: result.error });
  return result.data;
}

/** `JSON.parse` of a body, a `ResponseShapeError` instead of a bare `SyntaxError` when it is not JSON. */
export function parseJson(text: string, url: string): unknown {
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
