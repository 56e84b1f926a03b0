/**
 * The one place that says when an institution must answer a submission.
 *
 * Default: 15 calendar days from submission — the general deadline for answering petitions and
 * requests under Kosovo's law on petitions and its law on general administrative procedure.
 * A rule below overrides it for a submission type in a country.
 * // TODO: move to @hapur/sdk (DeadlineRule data with legal references) once it has them.
 */
export interface DeadlineRule {
  country: string;
  types: readonly string[];
  days: number;
  basis: string;
}

export const DEFAULT_DEADLINE_DAYS = 15;
export const DEFAULT_DEADLINE_BASIS = 'Kosovo: law on petitions / law on general administrative procedure (15 days)';

export const DEADLINE_RULES: readonly DeadlineRule[] = [];

export function deadlineRule(country: string, type: string): { days: number; basis: string } {
  const rule = DEADLINE_RULES.find((r) => r.country === country && r.types.includes(type));
  return rule ?? { days: DEFAULT_DEADLINE_DAYS, basis: DEFAULT_DEADLINE_BASIS };
}

/** `respondBy` = submittedAt + the rule's days (calendar days, same time of day, UTC). */
export function respondBy(submittedAt: Date, country: string, type: string): Date {
  return new Date(submittedAt.getTime() + deadlineRule(country, type).days * 86_400_000);
}
