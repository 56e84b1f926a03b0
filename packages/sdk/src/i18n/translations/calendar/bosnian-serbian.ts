import type { CalendarLabels } from '../../calendar-labels.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  name: 'Mogućnosti za učešće',
  how: 'Kako učestvovati',
  deadline: 'Rok za doprinose',
  access: 'Pristupačnost',
} satisfies Partial<CalendarLabels>;

export default bosnianSerbian;
