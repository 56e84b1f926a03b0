import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in Albanian. */
const sq: CalendarLabels = {
  name: 'Mundësi për pjesëmarrje',
  how: 'Si të merrni pjesë',
  deadline: 'Afati për kontribute',
  access: 'Qasshmëria',
  demo: 'Të dhëna demonstruese, jo ngjarje e vërtetë.',
};

export default sq;
