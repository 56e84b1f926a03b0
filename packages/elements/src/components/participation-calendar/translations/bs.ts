import type { ParticipationCalendarTranslation } from './calendar-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker); loaded with `registerTranslation`. */
const bs: ParticipationCalendarTranslation = {
  ...bosnianSerbian,
  title: 'Prilike za učešće',
  kindName: {
    ...bosnianSerbian.kindName,
    hearing: 'Javna rasprava',
  },
  viewMonth: 'Mjesec',
  noCurrent: 'Trenutno nema otvorenih ni predstojećih prilika.',
  noPast: 'Još nema prošlih prilika.',
  empty: 'Još nema prilika za učešće.',
  daysLeft: (n) => (plural.select(n) === 'one' ? `Još ${n} dan za doprinos` : `Još ${n} dana za doprinos`),
  lastDay: 'Danas je posljednji dan za doprinos',
  where: 'Gdje',
  joinOnline: 'Pridružite se online',
  report: 'Izvještaj',
  reportNotOnline: 'nije objavljen online',
  sendComment: 'Pošaljite komentar o ovim konsultacijama',
  demoNote:
    'Demonstracioni podaci: prilike označene kao „Demonstracija” i njihovi datumi izmišljeni su da pokažu kalendar. Nisu stvarni događaji.',
  previousMonth: 'Prethodni mjesec',
  nextMonth: 'Sljedeći mjesec',
  weekdays: ['pon', 'uto', 'sri', 'čet', 'pet', 'sub', 'ned'],
  weekdayNames: ['ponedjeljak', 'utorak', 'srijeda', 'četvrtak', 'petak', 'subota', 'nedjelja'],
  monthEmpty: 'Ovog mjeseca nema ničega.',
};

export default bs;
