/** One problem with one value: where (`contact.email`, `commitments[2].milestones[0].due.text`), what, and why. */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

/** The part of a zod issue we read, so this module does not import zod. */
export interface ZodLikeIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
}

/** `['commitments', 2, 'milestones', 0, 'due']` → `commitments[2].milestones[0].due`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function toIssues(issues: readonly ZodLikeIssue[]): Issue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), code: issue.code, message: issue.message }));
}

/** `at a.b (+2 more)` — the first failing path, for messages. */
export function describeIssues(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'with no details';
  const where = first.path === '' ? 'the top level' : first.path;
  return `at ${where} (${first.code})${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`;
}
