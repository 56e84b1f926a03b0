import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in Serbian. */
const srLatn: CalendarLabels = {
  name: 'Mogućnosti za učešće',
  how: 'Kako učestvovati',
  deadline: 'Rok za doprinose',
  access: 'Pristupačnost',
  demo: 'Demonstracioni podaci, nije stvarni događaj.',
};

export default srLatn;
