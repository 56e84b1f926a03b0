import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { negotiateLanguage, resolveText, type LocalizedText, type ParticipationOpportunity } from '@hapur/sdk';

// Participation opportunities as iCalendar (RFC 5545), made with ical-generator. UIDs are the opportunity id
// (stable across exports and edits); a timed event is written in its own zone with that zone's VTIMEZONE;
// whole days are VALUE=DATE with an exclusive end; cancelled ones say STATUS:CANCELLED. An opportunity without
// a date is left out: a calendar entry would invent one.

const NAMES = {
  sq: 'Mundësi për pjesëmarrje',
  'sr-Latn': 'Mogućnosti za učešće',
  en: 'Participation opportunities',
  tr: 'Katılım fırsatları',
  bs: 'Mogućnosti za učešće',
  'sr-Cyrl': 'Могућности за учешће',
} as const;
const LABELS = {
  sq: {
    how: 'Si të merrni pjesë',
    deadline: 'Afati për kontribute',
    access: 'Qasshmëria',
    demo: 'Të dhëna demonstruese, jo ngjarje e vërtetë.',
  },
  'sr-Latn': {
    how: 'Kako učestvovati',
    deadline: 'Rok za doprinose',
    access: 'Pristupačnost',
    demo: 'Demonstracioni podaci, nije stvarni događaj.',
  },
  en: {
    how: 'How to take part',
    deadline: 'Deadline for input',
    access: 'Accessibility',
    demo: 'Demonstration data, not a real event.',
  },
  tr: {
    how: 'Nasıl katılınır',
    deadline: 'Görüş bildirme son tarihi',
    access: 'Erişilebilirlik',
    demo: 'Tanıtım verisi, gerçek bir etkinlik değil.',
  },
  bs: {
    how: 'Kako učestvovati',
    deadline: 'Rok za doprinose',
    access: 'Pristupačnost',
    demo: 'Demonstracijski podaci, nije stvarni događaj.',
  },
  'sr-Cyrl': {
    how: 'Како учествовати',
    deadline: 'Рок за доприносе',
    access: 'Приступачност',
    demo: 'Демонстрациони подаци, није стварни догађај.',
  },
} as const;

const DAY_MS = 86_400_000;
const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** Whether an opportunity can go into a calendar: it has a date. */
export const isDated = (o: ParticipationOpportunity): boolean => o.when.kind !== 'unspecified' && !!o.when.start;

/** An iCalendar document of the dated opportunities, their texts in `lang` (falling back as the blocks do). */
export function opportunitiesCalendar(items: readonly ParticipationOpportunity[], lang: string): string {
  const ui = negotiateLanguage(lang, 'sq');
  const text = (t: LocalizedText | undefined) => resolveText(t, lang)?.text;
  const labels = LABELS[ui];
  const calendar = new ICalCalendar({
    prodId: { company: 'Hapur', product: 'Participation calendar', language: ui.toUpperCase() },
    name: NAMES[ui],
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const o of items) {
    if (!isDated(o)) continue;
    const { kind, start = '', end, timeZone } = o.when;
    const stamp = o.updatedAt ? new Date(o.updatedAt) : new Date(0);
    const description = [
      text(o.description),
      o.howToTakePart && `${labels.how}: ${text(o.howToTakePart)}`,
      o.inputDeadline && `${labels.deadline}: ${o.inputDeadline}`,
      o.accessibility && `${labels.access}: ${text(o.accessibility)}`,
      o.demonstration && labels.demo,
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
