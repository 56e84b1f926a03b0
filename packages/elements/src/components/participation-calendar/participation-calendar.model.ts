import type { ParticipationOpportunity } from '@hapur/sdk';
import { opportunityDays } from '@hapur/sdk/rules';
import type { ParticipationCalendarTranslation } from './participation-calendar.translations.js';

// What the calendar shows where: the two groups of the list, and the weeks of the month view.

/** The list's two groups, each in the SDK's order: open and upcoming first, then past and cancelled. @internal */
export function groupOpportunities<T extends ParticipationOpportunity>(
  items: readonly T[],
): { current: T[]; past: T[] } {
  return {
    current: items.filter((o) => o.status === 'open' || o.status === 'upcoming'),
    past: items.filter((o) => o.status === 'closed' || o.status === 'cancelled'),
  };
}

export interface MonthCell {
  /** `YYYY-MM-DD` */
  day: string;
  inMonth: boolean;
  items: ParticipationOpportunity[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Today on the reader's clock, YYYY-MM-DD. @internal */
export const localToday = (now = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The weeks (Monday first) of a month, each day with the opportunities that cover it. @internal */
export function monthGrid(year: number, month: number, items: readonly ParticipationOpportunity[]): MonthCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const dated = items.flatMap((o) => {
    const days = opportunityDays(o);
    return days ? [{ o, ...days }] : [];
  });
  const weeks: MonthCell[][] = [];
  const cursor = new Date(start);
  do {
    const week: MonthCell[] = [];
    for (let i = 0; i < 7; i++) {
      const day = iso(cursor);
      week.push({
        day,
        inMonth: cursor.getUTCMonth() === month - 1,
        items: dated.filter((d) => d.first <= day && day <= d.last).map((d) => d.o),
      });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getUTCMonth() === month - 1);
  return weeks;
}

/** The month to open the month view on: the first open or upcoming dated opportunity's, else today's. @internal */
export function initialMonth(
  items: readonly ParticipationOpportunity[],
  today: string,
): { year: number; month: number } {
  const next = items
    .filter((o) => o.status === 'open' || o.status === 'upcoming')
    .map((o) => opportunityDays(o))
    .find((d) => d !== undefined);
  const day = next ? (next.first > today ? next.first : today) : today;
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** The month before or after. @internal */
export function shiftMonth(at: { year: number; month: number }, by: number): { year: number; month: number } {
  const index = at.year * 12 + (at.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** `template` with `{topic}` and `{id}` replaced, each URI-encoded (the feedback form's link). @internal */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : encodeURIComponent(values[name]),
  );
}

/** The name Intl gives `timeZone` at `at`, in `lang`. */
const zoneName = (lang: string, timeZone: string, at: Date, style: 'longGeneric' | 'shortOffset') =>
  new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value;

/**
 * "20 January 2027, 10:00–12:00 (Central European Time)", "16 November 2026 – 31 January 2027", or not yet known;
 * `date` writes a day in the block's language, `lang`. The time zone is named in that language (Intl's generic name:
 * "Средњеевропско време", "Orta Avrupa Saati") or by its offset ("GMT+1"), never by its IANA id, which names a city
 * (Europe/Belgrade for Kosovo) and is Latin on a Cyrillic page. @internal
 */
export function describeWhen(
  o: ParticipationOpportunity,
  t: Pick<ParticipationCalendarTranslation, 'dateUnspecified'>,
  date: (day: string) => string,
  lang: string,
): string {
  const days = opportunityDays(o);
  if (!days) return t.dateUnspecified;
  const span = days.first === days.last ? date(days.first) : `${date(days.first)} – ${date(days.last)}`;
  const { kind, start, end, timeZone = 'UTC' } = o.when;
  if (kind !== 'date_time' || !start) return span;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = end ? `${time.format(new Date(start))}–${time.format(new Date(end))}` : time.format(new Date(start));
  const at = new Date(start);
  const named = zoneName(lang, timeZone, at, 'longGeneric');
  // A browser without the language's zone names (Chromium's have none in Albanian or Bosnian) answers in English:
  // then the offset at that date ("GMT+1"), which needs no words, rather than English on an Albanian page.
  const zone =
    /^en\b/.test(lang) || named !== zoneName('en', timeZone, at, 'longGeneric')
      ? named
      : zoneName(lang, timeZone, at, 'shortOffset');
  // A Serbian date ends with its own full stop ('20. januar 2027.'): no second mark before the comma.
  return `${span.replace(/\.$/, '')}, ${clock} (${zone})`;
}
