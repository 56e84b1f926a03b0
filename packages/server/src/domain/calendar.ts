import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import {
  inReaderScript,
  loadCalendarLabels,
  negotiateLanguage,
  resolveText,
  type LocalizedText,
  type ParticipationOpportunity,
} from '@hapur/sdk';

// Participation opportunities as iCalendar (RFC 5545), made with ical-generator. UIDs are the opportunity id
// (stable across exports and edits); a timed event is written in its own zone with that zone's VTIMEZONE;
// whole days are VALUE=DATE with an exclusive end; cancelled ones say STATUS:CANCELLED. An opportunity without
// a date is left out: a calendar entry would invent one. Its words are the SDK's, one file per UI language
// (@hapur/sdk `loadCalendarLabels`, src/i18n/translations/calendar/).

const DAY_MS = 86_400_000;
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** Whether an opportunity can go into a calendar: it has a date. */
export const isDated = (o: ParticipationOpportunity): boolean => o.when.kind !== 'unspecified' && !!o.when.start;

/** The language an opportunity is written in: its title's `source`, else the title's first language. */
const writtenIn = (o: ParticipationOpportunity): string => o.title.source ?? Object.keys(o.title.values)[0] ?? 'en';

/**
 * An iCalendar document of the dated opportunities, their texts in `lang` (falling back as the blocks do); its words
 * in the UI language for `lang`, English for a language Hapur has no words for (`mk`), as the blocks write them.
 * Without `lang`, each opportunity is in the language it is written in, its words too, and the calendar's name in the
 * language most of them are written in: a municipality that writes in Serbian gets a Serbian feed, not Albanian
 * words around Serbian text.
 */
export async function opportunitiesCalendar(
  items: readonly ParticipationOpportunity[],
  lang: string | undefined,
): Promise<string> {
  const dated = items.filter(isDated);
  const ui = negotiateLanguage(lang ?? mostWrittenIn(items));
  const labels = await loadCalendarLabels(ui);
  const calendar = new ICalCalendar({
    prodId: { company: 'Hapur', product: 'Participation calendar', language: ui.toUpperCase() },
    name: labels.name,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const o of dated) {
    const own = lang ?? writtenIn(o);
    // Serbian stored in one script reads in the other for a reader of that script (sr-Cyrl), as in the blocks.
    const text = (t: LocalizedText | undefined) => (t ? resolveText(inReaderScript(t, own), own)?.text : undefined);
    const words = lang ? labels : await loadCalendarLabels(negotiateLanguage(own));
    const { kind, start = '', end, timeZone } = o.when;
    const stamp = o.updatedAt ? new Date(o.updatedAt) : new Date(0);
    const description = [
      text(o.description),
      o.howToTakePart && `${words.how}: ${text(o.howToTakePart)}`,
      o.inputDeadline && `${words.deadline}: ${o.inputDeadline}`,
      o.accessibility && `${words.access}: ${text(o.accessibility)}`,
      o.demonstration && words.demo,
    ].filter(Boolean);
    const base = {
      id: `${o.id}@hapur`,
      summary: text(o.title) ?? o.id,
      stamp,
      lastModified: stamp,
      status: o.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(description.length > 0 ? { description: description.join('\n\n') } : {}),
      location: text(o.place) ?? o.onlineUrl ?? null,
      ...(o.onlineUrl ? { url: o.onlineUrl } : {}),
    };
    if (kind === 'date') {
      const last = end ?? start;
      calendar.createEvent({
        ...base,
        allDay: true,
        start: utcDay(start),
        end: new Date(utcDay(last).getTime() + DAY_MS),
      });
    } else {
      const zone = timeZone ?? 'UTC';
      calendar.createEvent({
        ...base,
        timezone: zone,
        start: new TZDate(start, zone),
        ...(end ? { end: new TZDate(end, zone) } : {}),
      });
    }
  }
  return calendar.toString();
}

/** The language most of the opportunities are written in (the first such, on a tie); English when there are none. */
function mostWrittenIn(items: readonly ParticipationOpportunity[]): string {
  const counts = new Map<string, number>();
  for (const o of items) counts.set(writtenIn(o), (counts.get(writtenIn(o)) ?? 0) + 1);
  let most = 'en';
  for (const [language, n] of counts) if (n > (counts.get(most) ?? 0)) most = language;
  return most;
}
