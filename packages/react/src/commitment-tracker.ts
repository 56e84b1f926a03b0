import '@hapur/elements/commitment-tracker.js';
import { HapurCommitmentTracker as TrackerElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { trackerEvents } from './events.js';

/**
 * `<hapur-commitment-tracker>`: an action plan's commitments and milestones (status, progress, timeline,
 * filters, export). Props: `planId`, `api`, `dataSrc`, `client`, `plan`, `institutions`, `commitment`,
 * `headingLevel`, `today`, `noUrlState`, `feedbackHref`, `lang`;
 * events: `onHapurLoad`, `onHapurError`, `onHapurFeedbackRequest` (call `preventDefault()` to open your own form).
 */
export const HapurCommitmentTracker = createComponent({
  react: React,
  tagName: 'hapur-commitment-tracker',
  elementClass: TrackerElement,
  events: trackerEvents,
  displayName: 'HapurCommitmentTracker',
});
