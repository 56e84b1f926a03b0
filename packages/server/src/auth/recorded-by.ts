import { parsePeriod, periodRange, type PublicationCheckInput } from '@hapur/sdk';
import { latestToday } from '../domain/today.js';
import { problems, type FieldError } from '../http/problem.js';

/**
 * A staff token records its own institution's checks, so the check is a self-assessment: it cannot
 * claim to be a CSO's or an oversight body's (or a machine's) work. And a quarter that has not started
 * cannot have been checked yet (its first day is not today anywhere). 400 naming the field otherwise.
 */
export function assertHonestCheck(input: PublicationCheckInput, now: Date): void {
  const errors: FieldError[] = [];
  if (input.checkedBy.kind !== 'self_assessment') {
    errors.push({
      path: 'checkedBy.kind',
      code: 'not_self_assessment',
      message: `A staff token records its own institution's check: use "self_assessment", not "${input.checkedBy.kind}".`,
    });
  }
  const quarter = parsePeriod(input.period);
  // Started once its first day is today somewhere (a check recorded in Prishtina just after midnight on 1 April).
  if (quarter && periodRange(quarter).start > latestToday(now)) {
    errors.push({
      path: 'period',
      code: 'future_period',
      message: `The quarter ${input.period} has not started yet.`,
    });
  }
  if (errors.length > 0) throw problems.validation(errors);
}
