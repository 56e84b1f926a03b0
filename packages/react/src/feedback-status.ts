import '@hapur/elements/feedback-status.js';
import { HapurFeedbackStatus as FeedbackStatusElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-feedback-status>`: the status of one feedback message (timeline, deadline, official response).
 * Props: `token`, `tokenParam`, `api`, `client`, `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`.
 */
export const HapurFeedbackStatus = createComponent({
  react: React,
  tagName: 'hapur-feedback-status',
  elementClass: FeedbackStatusElement,
  events: dataEvents,
  displayName: 'HapurFeedbackStatus',
});
