import '@hapur/elements/publication-checklist.js';
import { HapurPublicationChecklist as ChecklistElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { checklistEvents } from './events.js';

/**
 * `<hapur-publication-checklist>`: an institution's proactive-publication checklist (public matrix and summary;
 * `mode="monitor"` with a staff `token` or `client` for the monitoring template). Props: `institution`, `period`,
 * `mode`, `token`, `api`, `client`, `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`, `onHapurAfterRecord`.
 */
export const HapurPublicationChecklist = createComponent({
  react: React,
  tagName: 'hapur-publication-checklist',
  elementClass: ChecklistElement,
  events: checklistEvents,
  displayName: 'HapurPublicationChecklist',
});
