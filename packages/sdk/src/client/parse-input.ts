import type * as z from 'zod/mini';
import { InputValidationError } from '../errors/input-validation-error.js';
import { toIssues } from '../errors/issues.js';

/**
 * Parses what the caller wants to send; on failure nothing is sent. A module of its own, not validate.ts's: validate.ts
 * is in the elements' kit, which every citizen page loads, and only the SDK core and the staff screens parse input
 * with zod (the display blocks check theirs with `checkInput`).
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputValidationError(what, toIssues(result.error.issues), { source: 'client' });
  return result.data;
}
