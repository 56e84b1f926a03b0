import { HapurError, guardFor } from './hapur-error.js';
import { describeIssues, type Issue } from './issues.js';

/**
 * Input was refused: either our own schema rejected it before anything was sent (`source: 'client'`),
 * or the server answered 400/422 with field errors (`source: 'server'`, `status` set).
 */
export class InputValidationError extends HapurError {
  override readonly name = 'InputValidationError' as const;
  readonly issues: readonly Issue[];
  readonly source: 'client' | 'server';
  readonly status: number | undefined;

  constructor(
    what: string,
    issues: readonly Issue[],
    options: { source: 'client' | 'server'; status?: number; cause?: unknown },
  ) {
    const by = options.source === 'client' ? 'before sending' : `by the server (${options.status ?? 'no status'})`;
    super(`Invalid ${what}, refused ${by}: ${describeIssues(issues)}`, { cause: options.cause });
    this.issues = issues;
    this.source = options.source;
    this.status = options.status;
  }

  /** Messages grouped by field path, for a form: `{ 'contact.email': ['…'] }`; `''` holds form-level ones. */
  fieldErrors(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const issue of this.issues) (out[issue.path] ??= []).push(issue.message);
    return out;
  }
}

export const isInputValidationError = guardFor(InputValidationError, 'InputValidationError');
