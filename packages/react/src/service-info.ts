// Importing all.js registers the tags (elements' package.json marks it as having side effects, so
// bundlers keep it) and gives us the classes @lit/react needs to tell properties from attributes.
import { HapurServiceInfo as ServiceInfoElement } from '@hapur/elements/all.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-service-info>`: one public service (what it is, who can apply, documents, fees, where).
 * Props: `serviceId`, `api`, `dataSrc`, `client`, `service`, `variant`, `headingLevel`, `href`,
 * `noJsonld`, `lang`; events: `onHapurLoad`, `onHapurError`.
 */
export const HapurServiceInfo = createComponent({
  react: React,
  tagName: 'hapur-service-info',
  elementClass: ServiceInfoElement,
  events: dataEvents,
  displayName: 'HapurServiceInfo',
});
