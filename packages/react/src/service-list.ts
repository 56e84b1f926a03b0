import '@hapur/elements/service-list.js';
import { HapurServiceList as ServiceListElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-service-list>`: an institution's public services with an accent-insensitive search box.
 * Props: `institution`, `api`, `dataSrc`, `client`, `itemHref`, `headingLevel`, `lang`;
 * events: `onHapurLoad`, `onHapurError`.
 */
export const HapurServiceList = createComponent({
  react: React,
  tagName: 'hapur-service-list',
  elementClass: ServiceListElement,
  events: dataEvents,
  displayName: 'HapurServiceList',
});
