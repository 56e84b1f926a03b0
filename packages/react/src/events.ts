import type { EventName } from '@lit/react';
import type { HapurErrorEvent, HapurLoadEvent } from '@hapur/elements/all.js';

/**
 * The events every data block fires, as React props: `onHapurLoad` when its data has loaded and
 * rendered, `onHapurError` when loading failed (the block shows a localized message and a retry button).
 * The casts give each handler its event class, so `event.detail` is typed.
 */
export const dataEvents = {
  onHapurLoad: 'hapur-load' as EventName<HapurLoadEvent>,
  onHapurError: 'hapur-error' as EventName<HapurErrorEvent>,
};
