import type { ParticipationCalendarTranslation } from './calendar-translation.js';

const plural = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);

const srLatn: ParticipationCalendarTranslation = {
  title: 'Mogućnosti za učešće',
  kindName: {
    training: 'Obuka',
    consultation_meeting: 'Konsultativni sastanak',
    workshop: 'Radionica',
    public_call: 'Javni poziv',
    comment_period: 'Period za komentare',
    hearing: 'Javno saslušanje',
  },
  statusName: { upcoming: 'Uskoro', open: 'Otvoreno', closed: 'Zatvoreno', cancelled: 'Otkazano' },
  filterKind: 'Vrsta',
  filterInstitution: 'Organizator',
  all: 'Sve',
  view: 'Prikaz',
  viewList: 'Lista',
  viewMonth: 'Mesec',
  subscribe: 'Pretplatite se na kalendar (.ics)',
  addToCalendar: 'Dodaj u moj kalendar',
  currentHeading: 'Otvorene i predstojeće',
  pastHeading: 'Prošle i otkazane',
  noCurrent: 'Trenutno nema otvorenih ni predstojećih mogućnosti.',
  noPast: 'Još nema prošlih mogućnosti.',
  empty: 'Još nema mogućnosti za učešće.',
  daysLeft: (n) => (plural('sr-Latn', n) === 'one' ? `Još ${n} dan za doprinos` : `Još ${n} dana za doprinos`),
  lastDay: 'Danas je poslednji dan za doprinos',
  inputUntil: (date) => `Doprinosi do ${date}`,
  dateUnspecified: 'Datum još nije objavljen',
  when: 'Kada',
  organiser: 'Organizator',
  where: 'Gde',
  joinOnline: 'Učestvujte onlajn',
  languages: 'Jezici',
  accessibility: 'Pristupačnost',
  howToTakePart: 'Kako učestvovati',
  report: 'Izveštaj',
  reportNotOnline: 'nije objavljen onlajn',
  sendComment: 'Pošaljite komentar na ove konsultacije',
  demoNote:
    'Demonstracioni podaci: mogućnosti označene „Demonstracija” i njihovi datumi izmišljeni su da bi se prikazao kalendar. To nisu stvarni događaji.',
  demoBadge: 'Demonstracija',
  previousMonth: 'Prethodni mesec',
  nextMonth: 'Sledeći mesec',
  weekdays: ['pon', 'uto', 'sre', 'čet', 'pet', 'sub', 'ned'],
  undated: 'Još bez datuma',
  monthEmpty: 'Ništa ovog meseca.',
  timeIn: (time, zone) => `${time} (vreme: ${zone})`,
};

export default srLatn;
