// The block's own entry registers its tag (elements' package.json marks *.define.js as having side
// effects, so bundlers keep it); the class tells @lit/react properties from attributes. Only the blocks
// an app uses end up in its bundle.
import '@hapur/elements/service-info.js';
import { HapurServiceInfo as ServiceInfoElement } from '@hapur/elements';
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
