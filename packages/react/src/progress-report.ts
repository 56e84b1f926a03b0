// A staff block's own entry registers the tag and exports the class (it is not in `@hapur/elements`).
import { HapurProgressReport as ProgressReportElement } from '@hapur/elements/progress-report.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { progressReportEvents } from './events.js';

/**
 * `<hapur-progress-report>`: lead institutions report milestone progress (sign-in with a staff token; status,
 * completion, progress, narrative in the languages chosen, evidence links, reporting date; the history per
 * milestone). Props: `api`, `planId`, `token`, `client`, `headingLevel`, `lang`; events: `onHapurLoad`,
 * `onHapurError`, `onHapurProgressSaved`.
 */
export const HapurProgressReport = createComponent({
  react: React,
  tagName: 'hapur-progress-report',
  elementClass: ProgressReportElement,
  events: progressReportEvents,
  displayName: 'HapurProgressReport',
});
