import { defineElement } from '../../internal/define.js';
import { HapurParticipationCalendar } from './participation-calendar.js';

defineElement('hapur-participation-calendar', HapurParticipationCalendar);

// Not in `@hapur/elements` (index.ts) nor in hapur.all.js (its size budget): this entry is its public door, and the
// loader (hapur.js) imports it when the tag appears.
export { HapurParticipationCalendar };
