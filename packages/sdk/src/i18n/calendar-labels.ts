import type { UiLanguage } from './languages.js';
import { languageFolder } from './language-folder.js';
import { languageTables } from './messages.js';

/** The words of the participation calendar's iCalendar feed (the server's `.ics`), one file per UI language. */
export interface CalendarLabels {
  /** The calendar's name. */
  readonly name: string;
  /** Before an opportunity's "how to take part" text. */
  readonly how: string;
  /** Before its deadline for input. */
  readonly deadline: string;
  /** Before its accessibility text. */
  readonly access: string;
  /** Said of demonstration data. */
  readonly demo: string;
}

let tables: ReturnType<typeof languageTables<CalendarLabels>> | undefined;

/** A UI language's iCalendar words, from its file in `translations/calendar/` (Serbian Cyrillic generated). */
export const loadCalendarLabels = (lang: UiLanguage): Promise<CalendarLabels> =>
  (tables ??= languageTables<CalendarLabels>(
    languageFolder((file) => import(`./translations/calendar/${file}.js`)),
  )).load(lang);
