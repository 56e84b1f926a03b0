import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in English. */
const en: CalendarLabels = {
  name: 'Participation opportunities',
  how: 'How to take part',
  deadline: 'Deadline for input',
  access: 'Accessibility',
  demo: 'Demonstration data, not a real event.',
};

export default en;
