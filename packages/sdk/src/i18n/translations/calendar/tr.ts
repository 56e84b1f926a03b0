import type { CalendarLabels } from '../../calendar-labels.js';

/** The iCalendar feed's words in Turkish (awaiting review by native speakers). */
const tr: CalendarLabels = {
  name: 'Katılım fırsatları',
  how: 'Nasıl katılınır',
  deadline: 'Görüş bildirme son tarihi',
  access: 'Erişilebilirlik',
  demo: 'Tanıtım verisi, gerçek bir etkinlik değil.',
};

export default tr;
