import type { ParticipationCalendarTranslation } from './calendar-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);

const srLatn: ParticipationCalendarTranslation = {
  ...bosnianSerbian,
  title: 'Mogućnosti za učešće',
  kindName: {
    ...bosnianSerbian.kindName,
    hearing: 'Javno saslušanje',
  },
  viewMonth: 'Mesec',
  noCurrent: 'Trenutno nema otvorenih ni predstojećih mogućnosti.',
  noPast: 'Još nema prošlih mogućnosti.',
  empty: 'Još nema mogućnosti za učešće.',
  daysLeft: (n) => (plural('sr-Latn', n) === 'one' ? `Još ${n} dan za doprinos` : `Još ${n} dana za doprinos`),
  lastDay: 'Danas je poslednji dan za doprinos',
  where: 'Gde',
  joinOnline: 'Učestvujte onlajn',
  report: 'Izveštaj',
  reportNotOnline: 'nije objavljen onlajn',
  sendComment: 'Pošaljite komentar na ove konsultacije',
  demoNote:
    'Demonstracioni podaci: mogućnosti označene „Demonstracija” i njihovi datumi izmišljeni su da bi se prikazao kalendar. To nisu stvarni događaji.',
  previousMonth: 'Prethodni mesec',
  nextMonth: 'Sledeći mesec',
  weekdays: ['pon', 'uto', 'sre', 'čet', 'pet', 'sub', 'ned'],
  weekdayNames: ['ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota', 'nedelja'],
  monthEmpty: 'Ništa ovog meseca.',
};

export default srLatn;
