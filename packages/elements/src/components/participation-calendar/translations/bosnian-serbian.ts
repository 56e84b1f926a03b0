import type { ParticipationCalendarTranslation } from './calendar-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  kindName: {
    training: 'Obuka',
    consultation_meeting: 'Konsultativni sastanak',
    workshop: 'Radionica',
    public_call: 'Javni poziv',
    comment_period: 'Period za komentare',
  },
  statusName: { upcoming: 'Uskoro', open: 'Otvoreno', closed: 'Zatvoreno', cancelled: 'Otkazano' },
  filterKind: 'Vrsta',
  filterInstitution: 'Organizator',
  all: 'Sve',
  view: 'Prikaz',
  viewList: 'Lista',
  subscribe: 'Pretplatite se na kalendar (.ics)',
  addToCalendar: 'Dodaj u moj kalendar',
  currentHeading: 'Otvorene i predstojeće',
  pastHeading: 'Prošle i otkazane',
  inputUntil: (date) => `Doprinosi do ${date}`,
  dateUnspecified: 'Datum još nije objavljen',
  when: 'Kada',
  organiser: 'Organizator',
  languages: 'Jezici',
  accessibility: 'Pristupačnost',
  howToTakePart: 'Kako učestvovati',
  demoBadge: 'Demonstracija',
  undated: 'Još bez datuma',
  shown: (shown, total) => `Prikazano ${shown} od ${total}`,
} satisfies {
  readonly [K in keyof ParticipationCalendarTranslation]?: ParticipationCalendarTranslation[K] extends
    string | ((...args: never[]) => unknown)
    ? ParticipationCalendarTranslation[K]
    : Partial<ParticipationCalendarTranslation[K]>;
};

export default bosnianSerbian;
