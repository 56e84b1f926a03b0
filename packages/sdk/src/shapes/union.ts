import type { Issue } from '../errors/issues.js';
import type { UnionCheck } from './check.js';

/** Issues after which zod looks no further at a value (wrong type, value or key), unlike a failed check (format…). */
const STOPS = /^invalid_(?!format)/;

/**
 * A union, as zod checks it: any option that fits; else the issues of the one option that failed only checks (a
 * published comment with a malformed reference: its `reference`); else one `invalid_union` at the union's path.
 */
export const union: UnionCheck = (node, value, path, issues, visit) => {
  const failed: Issue[][] = [];
  for (const option of node.o) {
    const own: Issue[] = [];
    visit(option, value, path, own);
    if (own.length === 0) return;
    if (!own.some((issue) => STOPS.test(issue.code))) failed.push(own);
  }
  if (failed.length === 1) issues.push(...failed[0]!);
  else issues.push({ path, code: 'invalid_union', message: 'No option fits' });
};
