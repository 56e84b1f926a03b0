// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in Serbian. */
const srCyrl: CalendarLabels = {
  name: 'Могућности за учешће',
  how: 'Како учествовати',
  deadline: 'Рок за доприносе',
  access: 'Приступачност',
  demo: 'Демонстрациони подаци, није стварни догађај.',
};

export default srCyrl;
