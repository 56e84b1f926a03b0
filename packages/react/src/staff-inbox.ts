// A staff block's own entry registers the tag and exports the class (it is not in `@hapur/elements`).
import { HapurStaffInbox as InboxElement } from '@hapur/elements/staff-inbox.js';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { staffInboxEvents } from './events.js';

/**
 * `<hapur-staff-inbox>`: the institution's inbox for staff (sign-in with a staff token, counts, filters, the
 * list by deadline, one message with its history and the action forms). Props: `api`, `token`, `client`,
 * `headingLevel`, `lang`; events: `onHapurLoad`, `onHapurError`, `onHapurStaffAction`.
 */
export const HapurStaffInbox = createComponent({
  react: React,
  tagName: 'hapur-staff-inbox',
  elementClass: InboxElement,
  events: staffInboxEvents,
  displayName: 'HapurStaffInbox',
});
