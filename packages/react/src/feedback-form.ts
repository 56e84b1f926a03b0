import '@hapur/elements/feedback-form.js';
import { HapurFeedbackForm as FeedbackFormElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { feedbackFormEvents } from './events.js';

/**
 * `<hapur-feedback-form>`: a citizen's feedback (kind, subject, message, optional contact), with a tracking
 * code; kept on the device and sent later when offline. Props: `api`, `client`, `serviceId`, `planId`,
 * `commitment`, `topic`, `topics`, `institution`, `kind`, `privacyUrl`, `statusUrl`, `headingLevel`,
 * `guidingQuestions`, `outbox`, `lang`; events: `onHapurSubmit` (cancelable), `onHapurSubmitted`,
 * `onHapurQueued`, `onHapurError`.
 */
export const HapurFeedbackForm = createComponent({
  react: React,
  tagName: 'hapur-feedback-form',
  elementClass: FeedbackFormElement,
  events: feedbackFormEvents,
  displayName: 'HapurFeedbackForm',
});
