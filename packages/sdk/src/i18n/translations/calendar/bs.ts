import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in Bosnian (awaiting review by native speakers). */
const bs: CalendarLabels = {
  name: 'Mogućnosti za učešće',
  how: 'Kako učestvovati',
  deadline: 'Rok za doprinose',
  access: 'Pristupačnost',
  demo: 'Demonstracijski podaci, nije stvarni događaj.',
};

export default bs;
