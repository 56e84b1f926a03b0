import type { OpportunityKind, OpportunityStatus } from '@hapur/sdk';

/** Strings of `<hapur-participation-calendar>`. @internal */
export interface ParticipationCalendarTranslation {
  readonly title: string;
  readonly kindName: Readonly<Record<OpportunityKind, string>>;
  readonly statusName: Readonly<Record<OpportunityStatus, string>>;
  readonly filterKind: string;
  readonly filterInstitution: string;
  readonly all: string;
  readonly view: string;
  readonly viewList: string;
  readonly viewMonth: string;
  readonly subscribe: string;
  readonly addToCalendar: string;
  readonly currentHeading: string;
  readonly pastHeading: string;
  readonly noCurrent: string;
  readonly noPast: string;
  readonly empty: string;
  readonly daysLeft: (days: number) => string;
  readonly lastDay: string;
  readonly inputUntil: (date: string) => string;
  readonly dateUnspecified: string;
  readonly when: string;
  readonly organiser: string;
  readonly where: string;
  readonly joinOnline: string;
  readonly languages: string;
  readonly accessibility: string;
  readonly howToTakePart: string;
  readonly report: string;
  readonly reportNotOnline: string;
  readonly sendComment: string;
  readonly demoNote: string;
  readonly demoBadge: string;
  readonly previousMonth: string;
  readonly nextMonth: string;
  /** Monday first: the month grid's column headers. */
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  /** The same days in full, Monday first: what screen readers read for each column ("Mon" is read as written). */
  readonly weekdayNames: readonly [string, string, string, string, string, string, string];
  readonly undated: string;
  readonly monthEmpty: string;
  /** How many opportunities a filter leaves, of all of them: both numbers as the page writes them ("1.234"). */
  readonly shown: (shown: number | string, total: number | string) => string;
}
