import type { ParticipationCalendarTranslation } from './calendar-translation.js';

const plural = new Intl.PluralRules('bs');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker); loaded with `registerTranslation`. */
const bs: ParticipationCalendarTranslation = {
  title: 'Prilike za učešće',
  kindName: {
    training: 'Obuka',
    consultation_meeting: 'Konsultativni sastanak',
    workshop: 'Radionica',
    public_call: 'Javni poziv',
    comment_period: 'Period za komentare',
    hearing: 'Javna rasprava',
  },
  statusName: { upcoming: 'Uskoro', open: 'Otvoreno', closed: 'Zatvoreno', cancelled: 'Otkazano' },
  filterKind: 'Vrsta',
  filterInstitution: 'Organizator',
  all: 'Sve',
  view: 'Prikaz',
  viewList: 'Lista',
  viewMonth: 'Mjesec',
  subscribe: 'Pretplatite se na kalendar (.ics)',
  addToCalendar: 'Dodaj u moj kalendar',
  currentHeading: 'Otvorene i predstojeće',
  pastHeading: 'Prošle i otkazane',
  noCurrent: 'Trenutno nema otvorenih ni predstojećih prilika.',
  noPast: 'Još nema prošlih prilika.',
  empty: 'Još nema prilika za učešće.',
  daysLeft: (n) => (plural.select(n) === 'one' ? `Još ${n} dan za doprinos` : `Još ${n} dana za doprinos`),
  lastDay: 'Danas je posljednji dan za doprinos',
  inputUntil: (date) => `Doprinosi do ${date}`,
  dateUnspecified: 'Datum još nije objavljen',
  when: 'Kada',
  organiser: 'Organizator',
  where: 'Gdje',
  joinOnline: 'Pridružite se online',
  languages: 'Jezici',
  accessibility: 'Pristupačnost',
  howToTakePart: 'Kako učestvovati',
  report: 'Izvještaj',
  reportNotOnline: 'nije objavljen online',
  sendComment: 'Pošaljite komentar o ovim konsultacijama',
  demoNote:
    'Demonstracioni podaci: prilike označene kao „Demonstracija” i njihovi datumi izmišljeni su da pokažu kalendar. Nisu stvarni događaji.',
  demoBadge: 'Demonstracija',
  previousMonth: 'Prethodni mjesec',
  nextMonth: 'Sljedeći mjesec',
  weekdays: ['pon', 'uto', 'sri', 'čet', 'pet', 'sub', 'ned'],
  undated: 'Još bez datuma',
  monthEmpty: 'Ovog mjeseca nema ničega.',
  timeIn: (time, zone) => `${time} (vrijeme: ${zone})`,
  shown: (shown, total) => `Prikazano ${shown} od ${total}`,
};

export default bs;
