import type { CalendarLabels } from '../../calendar-labels.js';
import bosnianSerbian from './bosnian-serbian.js';

/** The iCalendar feed's words in Serbian. */
const srLatn: CalendarLabels = {
  ...bosnianSerbian,
  demo: 'Demonstracioni podaci, nije stvarni događaj.',
};

export default srLatn;
