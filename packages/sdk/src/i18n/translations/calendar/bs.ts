import type { CalendarLabels } from '../../calendar-labels.js';
import bosnianSerbian from './bosnian-serbian.js';

/** The iCalendar feed's words in Bosnian (awaiting review by native speakers). */
const bs: CalendarLabels = {
  ...bosnianSerbian,
  demo: 'Demonstracijski podaci, nije stvarni događaj.',
};

export default bs;
