import { defineElement } from '../../internal/define.js';
import { HapurStaffInbox } from './staff-inbox.js';

defineElement('hapur-staff-inbox', HapurStaffInbox);

// A staff block is not in `@hapur/elements` (index.ts) nor in the CDN bundle: this entry is its public door.
export { HapurStaffInbox };
