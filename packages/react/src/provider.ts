import '@hapur/elements/provider.js';
import { HapurProvider as ProviderElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';

/**
 * `<hapur-provider>`: shares one API base URL (`api`) or SDK client (`client`) with every Hapur
 * block inside it, so each block does not need its own. Fires no events.
 */
export const HapurProvider = createComponent({
  react: React,
  tagName: 'hapur-provider',
  elementClass: ProviderElement,
  displayName: 'HapurProvider',
});
