import type { Contribution, ParticipationOpportunity, ResponseStatus } from '../schemas/cocreation.js';

// Co-creation rules the API, the static client and the blocks share: the order of the calendar, its
// filter, the days left to give input, and the response counts. The value lists live here (not in the
// schema file) so a display bundle gets them without zod.

export const OPPORTUNITY_KINDS = [
  'training',
  'consultation_meeting',
  'workshop',
  'public_call',
  'comment_period',
  'hearing',
] as const;
export const OPPORTUNITY_STATUSES = ['upcoming', 'open', 'closed', 'cancelled'] as const;
export const RESPONSE_STATUSES = ['adopted', 'partly_adopted', 'not_adopted', 'under_consideration'] as const;

/** The query keys of `GET /participation/opportunities`, in order. */
export const OPPORTUNITY_FILTER_KEYS = ['institution', 'process', 'from', 'to', 'kind', 'status'] as const;
export type OpportunityFilter = Partial<Record<(typeof OPPORTUNITY_FILTER_KEYS)[number], string>>;

/** First and last day (`YYYY-MM-DD`) an opportunity covers; undefined when its date is unspecified. */
export function opportunityDays(
  o: Pick<ParticipationOpportunity, 'when'>,
): { first: string; last: string } | undefined {
  const { kind, start, end, timeZone } = o.when;
  if (kind === 'unspecified' || start === undefined) return undefined;
  const day = (v: string) => (v.length === 10 ? v : localDay(v, timeZone));
  return { first: day(start), last: day(end ?? start) };
}

/** The calendar day of an instant in a time zone (`Europe/Belgrade`), `YYYY-MM-DD`. */
export function localDay(instant: string, timeZone = 'UTC'): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/**
 * The filter of `GET /participation/opportunities` (and of static mode and the block): each given key must
 * match; `from`/`to` (inclusive days) keep opportunities that overlap them, never one without a date.
 */
export function filterOpportunities<T extends ParticipationOpportunity>(
  items: readonly T[],
  f: OpportunityFilter,
): T[] {
  return items.filter((o) => {
    if (f.institution && o.organiserInstitutionId !== f.institution) return false;
    if (f.process && o.processId !== f.process) return false;
    if (f.kind && o.kind !== f.kind) return false;
    if (f.status && o.status !== f.status) return false;
    if (f.from || f.to) {
      const days = opportunityDays(o);
      if (!days) return false;
      if (f.from && days.last < f.from) return false;
      if (f.to && days.first > f.to) return false;
    }
    return true;
  });
}

const GROUP: Record<ParticipationOpportunity['status'], number> = { open: 0, upcoming: 1, closed: 2, cancelled: 3 };

/**
 * The calendar's order: open ones first (soonest deadline first), then upcoming (soonest first), then
 * past and cancelled ones (latest first). On one day, by the time they start (an all-day one first), in the same
 * direction. Undated ones close each group.
 */
export function sortOpportunities<T extends ParticipationOpportunity>(items: readonly T[]): T[] {
  const key = (o: T) =>
    o.status === 'open' ? (o.inputDeadline ?? opportunityDays(o)?.last) : opportunityDays(o)?.first;
  // A day's start (YYYY-MM-DD) parses as that day's UTC midnight, before any time that day in Europe's zones.
  const startsAt = (o: T) => (o.when.start ? Date.parse(o.when.start) : 0);
  return [...items].sort((a, b) => {
    const group = GROUP[a.status] - GROUP[b.status];
    if (group !== 0) return group;
    const ka = key(a);
    const kb = key(b);
    const past = a.status === 'closed' || a.status === 'cancelled';
    if (ka === kb) return (past ? startsAt(b) - startsAt(a) : startsAt(a) - startsAt(b)) || a.id.localeCompare(b.id);
    if (ka === undefined) return 1;
    if (kb === undefined) return -1;
    return past ? kb.localeCompare(ka) : ka.localeCompare(kb);
  });
}

/** How many contributions have each response. */
export function countResponses(
  contributions: readonly Pick<Contribution, 'response'>[],
): Record<ResponseStatus, number> {
  const counts = { adopted: 0, partly_adopted: 0, not_adopted: 0, under_consideration: 0 };
  for (const c of contributions) counts[c.response.status]++;
  return counts;
}
