// Its own entry registers the tag and exports the class (it is not in `@hapur/elements`).
import { HapurParticipationCalendar as ParticipationCalendarElement } from '@hapur/elements/participation-calendar.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-participation-calendar>`: co-creation opportunities with deadlines, calendar files and reports.
 * Props: `institution`, `process`, `view`, `feedbackHref`, `api`, `client`, `opportunities`, `today`,
 * `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`.
 */
export const HapurParticipationCalendar = createComponent({
  react: React,
  tagName: 'hapur-participation-calendar',
  elementClass: ParticipationCalendarElement,
  events: dataEvents,
  displayName: 'HapurParticipationCalendar',
});
