// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ParticipationCalendarTranslation } from './calendar-translation.js';

const plural = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);

const srCyrl: ParticipationCalendarTranslation = {
  title: 'Могућности за учешће',
  kindName: {
    training: 'Обука',
    consultation_meeting: 'Консултативни састанак',
    workshop: 'Радионица',
    public_call: 'Јавни позив',
    comment_period: 'Период за коментаре',
    hearing: 'Јавно саслушање',
  },
  statusName: { upcoming: 'Ускоро', open: 'Отворено', closed: 'Затворено', cancelled: 'Отказано' },
  filterKind: 'Врста',
  filterInstitution: 'Организатор',
  all: 'Све',
  view: 'Приказ',
  viewList: 'Листа',
  viewMonth: 'Месец',
  subscribe: 'Претплатите се на календар (.ics)',
  addToCalendar: 'Додај у мој календар',
  currentHeading: 'Отворене и предстојеће',
  pastHeading: 'Прошле и отказане',
  noCurrent: 'Тренутно нема отворених ни предстојећих могућности.',
  noPast: 'Још нема прошлих могућности.',
  empty: 'Још нема могућности за учешће.',
  daysLeft: (n) => (plural('sr-Cyrl', n) === 'one' ? `Још ${n} дан за допринос` : `Још ${n} дана за допринос`),
  lastDay: 'Данас је последњи дан за допринос',
  inputUntil: (date) => `Доприноси до ${date}`,
  dateUnspecified: 'Датум још није објављен',
  when: 'Када',
  organiser: 'Организатор',
  where: 'Где',
  joinOnline: 'Учествујте онлајн',
  languages: 'Језици',
  accessibility: 'Приступачност',
  howToTakePart: 'Како учествовати',
  report: 'Извештај',
  reportNotOnline: 'није објављен онлајн',
  sendComment: 'Пошаљите коментар на ове консултације',
  demoNote:
    'Демонстрациони подаци: могућности означене „Демонстрација” и њихови датуми измишљени су да би се приказао календар. То нису стварни догађаји.',
  demoBadge: 'Демонстрација',
  previousMonth: 'Претходни месец',
  nextMonth: 'Следећи месец',
  weekdays: ['пон', 'уто', 'сре', 'чет', 'пет', 'суб', 'нед'],
  weekdayNames: ['понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља'],
  undated: 'Још без датума',
  monthEmpty: 'Ништа овог месеца.',
  shown: (shown, total) => `Приказано ${shown} од ${total}`,
};

export default srCyrl;
