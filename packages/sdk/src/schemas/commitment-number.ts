import * as z from 'zod/mini';

/**
 * A commitment's or milestone's number within its plan: `3`, `3.1`, `3.1.2`. The one rule for every field that
 * holds one (commitments, milestones, feedback subjects, co-creation, self-assessment rows, path parameters).
 * A new schema per call, like `text()`: each field stays its own node for the shape compiler.
 */
export function commitmentNumber() {
  return z.string().check(z.regex(/^\d+(?:\.\d+)*$/));
}
