// When an institution must answer a submission, once for the API, the client and the blocks.

const DAY_MS = 86_400_000;

/**
 * The general answer period in calendar days: 15 days from submission, under Kosovo's law on petitions
 * and its law on general administrative procedure. The server's per-country rules start from it.
 */
export const RESPONSE_DAYS = 15;

/**
 * A country's answer period for some submission types, where its law sets one other than {@link RESPONSE_DAYS}
 * (docs/data-model.md's `DeadlineRule`; its working days, extensions and urgent cases are not modelled yet).
 */
export interface DeadlineRule {
  country: string;
  types: readonly string[];
  days: number;
  /** The law that sets it, for whoever reads the rule. */
  basis: string;
}

/** The rules in force. None yet: each needs its legal source before it goes in. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [];

/** Calendar days an institution in `country` has to answer a submission of `type`: its rule's, else {@link RESPONSE_DAYS}. */
export function responseDays(country: string, type: string, rules: readonly DeadlineRule[] = DEADLINE_RULES): number {
  return rules.find((r) => r.country === country && r.types.includes(type))?.days ?? RESPONSE_DAYS;
}

/** `respondBy` = `from` + `days` calendar days, same time of day (UTC). */
export function respondByFrom(from: Date | string, days: number = RESPONSE_DAYS): Date {
  return new Date(new Date(from).getTime() + days * DAY_MS);
}

/**
 * The transfer rule: a submission handed to the competent institution gives that institution the full
 * answer period from the moment of the transfer (the administrative-procedure rule for an authority that
 * forwards a request it is not competent for), and never less time than the original deadline left.
 * So `max(previous respondBy, transferredAt + days)`.
 */
export function transferRespondBy(
  previous: Date | string | undefined,
  transferredAt: Date | string,
  days: number = RESPONSE_DAYS,
): Date {
  const restarted = respondByFrom(transferredAt, days);
  if (previous === undefined) return restarted;
  const before = new Date(previous);
  return before.getTime() > restarted.getTime() ? before : restarted;
}

/**
 * Whole calendar days (UTC) from `now` to the deadline: positive = days left, 0 = due today, negative =
 * overdue by that many days. An open item is overdue once `now` is past `respondBy` (even the same day).
 */
export function daysLeft(respondBy: Date | string, now: Date | string = new Date()): number {
  const day = (d: Date | string) => Math.floor(new Date(d).getTime() / DAY_MS);
  return day(respondBy) - day(now);
}

/** Open and past its deadline. */
export function isPastDeadline(respondBy: Date | string | undefined, now: Date | string = new Date()): boolean {
  return respondBy !== undefined && new Date(respondBy).getTime() < new Date(now).getTime();
}
