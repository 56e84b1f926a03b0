// Its own entry registers the tag and exports the class (it is not in `@hapur/elements`).
import { HapurReasonedResponse as ReasonedResponseElement } from '@hapur/elements/reasoned-response.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-reasoned-response>`: each contribution to a co-creation process with the institution's response,
 * counts, a filter and CSV/JSON export. Props: `process`, `opportunity`, `commitmentHref`, `api`, `client`,
 * `detail`, `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`.
 */
export const HapurReasonedResponse = createComponent({
  react: React,
  tagName: 'hapur-reasoned-response',
  elementClass: ReasonedResponseElement,
  events: dataEvents,
  displayName: 'HapurReasonedResponse',
});
