import type { OpportunityKind, OpportunityStatus } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';

/** Strings of `<hapur-participation-calendar>`. @internal */
export interface ParticipationCalendarTranslation {
  readonly title: string;
  readonly kindName: Readonly<Record<OpportunityKind, string>>;
  readonly statusName: Readonly<Record<OpportunityStatus, string>>;
  readonly filterKind: string;
  readonly filterInstitution: string;
  readonly all: string;
  readonly view: string;
  readonly viewList: string;
  readonly viewMonth: string;
  readonly subscribe: string;
  readonly addToCalendar: string;
  readonly currentHeading: string;
  readonly pastHeading: string;
  readonly noCurrent: string;
  readonly noPast: string;
  readonly empty: string;
  readonly daysLeft: (days: number) => string;
  readonly lastDay: string;
  readonly inputUntil: (date: string) => string;
  readonly dateUnspecified: string;
  readonly when: string;
  readonly organiser: string;
  readonly where: string;
  readonly joinOnline: string;
  readonly languages: string;
  readonly accessibility: string;
  readonly howToTakePart: string;
  readonly report: string;
  readonly reportNotOnline: string;
  readonly sendComment: string;
  readonly demoNote: string;
  readonly demoBadge: string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  /** Monday first. */
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly undated: string;
  readonly monthEmpty: string;
  readonly timeIn: (time: string, zone: string) => string;
}

const plural = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);

/** Bundled with the block (about 1 KB per language). @internal */
export const calendarStrings = defineCatalogue<ParticipationCalendarTranslation>('participation-calendar', {
  sq: {
    title: 'Mundësi për pjesëmarrje',
    kindName: {
      training: 'Trajnim',
      consultation_meeting: 'Takim konsultues',
      workshop: 'Punëtori',
      public_call: 'Thirrje publike',
      comment_period: 'Periudhë komentimi',
      hearing: 'Dëgjim publik',
    },
    statusName: { upcoming: 'Së shpejti', open: 'E hapur', closed: 'E mbyllur', cancelled: 'E anuluar' },
    filterKind: 'Lloji',
    filterInstitution: 'Organizatori',
    all: 'Të gjitha',
    view: 'Pamja',
    viewList: 'Listë',
    viewMonth: 'Muaj',
    subscribe: 'Abonohu në kalendar (.ics)',
    addToCalendar: 'Shto në kalendarin tim',
    currentHeading: 'Të hapura dhe të ardhshme',
    pastHeading: 'Të kaluara dhe të anuluara',
    noCurrent: 'Tani nuk ka mundësi të hapura ose të ardhshme.',
    noPast: 'Ende nuk ka mundësi të kaluara.',
    empty: 'Ende nuk ka mundësi për pjesëmarrje.',
    daysLeft: (n) => `Edhe ${n} ditë për të dhënë kontribut`,
    lastDay: 'Sot është dita e fundit për të dhënë kontribut',
    inputUntil: (date) => `Kontribute deri më ${date}`,
    dateUnspecified: 'Data ende nuk është njoftuar',
    when: 'Kur',
    organiser: 'Organizatori',
    where: 'Ku',
    joinOnline: 'Merrni pjesë online',
    languages: 'Gjuhët',
    accessibility: 'Qasshmëria',
    howToTakePart: 'Si të merrni pjesë',
    report: 'Raporti',
    reportNotOnline: 'nuk është publikuar online',
    sendComment: 'Dërgoni një koment për këtë konsultim',
    demoNote:
      'Të dhëna demonstruese: mundësitë e shënuara «Demonstrim» dhe datat e tyre janë shpikur për të treguar kalendarin. Nuk janë ngjarje të vërteta.',
    demoBadge: 'Demonstrim',
    previousMonth: 'Muaji i kaluar',
    nextMonth: 'Muaji i ardhshëm',
    weekdays: ['Hën', 'Mar', 'Mër', 'Enj', 'Pre', 'Sht', 'Die'],
    undated: 'Pa datë ende',
    monthEmpty: 'Asgjë këtë muaj.',
    timeIn: (time, zone) => `${time} (ora e ${zone})`,
  },
  'sr-Latn': {
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
  },
  en: {
    title: 'Participation opportunities',
    kindName: {
      training: 'Training',
      consultation_meeting: 'Consultation meeting',
      workshop: 'Workshop',
      public_call: 'Public call',
      comment_period: 'Comment period',
      hearing: 'Public hearing',
    },
    statusName: { upcoming: 'Upcoming', open: 'Open', closed: 'Closed', cancelled: 'Cancelled' },
    filterKind: 'Kind',
    filterInstitution: 'Organiser',
    all: 'All',
    view: 'View',
    viewList: 'List',
    viewMonth: 'Month',
    subscribe: 'Subscribe to the calendar (.ics)',
    addToCalendar: 'Add to my calendar',
    currentHeading: 'Open and upcoming',
    pastHeading: 'Past and cancelled',
    noCurrent: 'No open or upcoming opportunities right now.',
    noPast: 'No past opportunities yet.',
    empty: 'No participation opportunities yet.',
    daysLeft: (n) => (n === 1 ? '1 day left to give input' : `${n} days left to give input`),
    lastDay: 'Today is the last day to give input',
    inputUntil: (date) => `Input until ${date}`,
    dateUnspecified: 'Date not yet announced',
    when: 'When',
    organiser: 'Organiser',
    where: 'Where',
    joinOnline: 'Join online',
    languages: 'Languages',
    accessibility: 'Accessibility',
    howToTakePart: 'How to take part',
    report: 'Report',
    reportNotOnline: 'not published online',
    sendComment: 'Send a comment on this consultation',
    demoNote:
      'Demonstration data: the opportunities marked "Demonstration" and their dates are invented to show the calendar. They are not real events.',
    demoBadge: 'Demonstration',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    undated: 'No date yet',
    monthEmpty: 'Nothing this month.',
    timeIn: (time, zone) => `${time} (${zone} time)`,
  },
});

/** The catalogues `<hapur-participation-calendar>` renders with besides the shared strings. @internal */
export const catalogues = [calendarStrings];
