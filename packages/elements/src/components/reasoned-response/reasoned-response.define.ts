import { defineElement } from '../../internal/define.js';
import { HapurReasonedResponse } from './reasoned-response.js';

defineElement('hapur-reasoned-response', HapurReasonedResponse);

// Not in `@hapur/elements` (index.ts) nor in hapur.all.js (its size budget): this entry is its public door, and the
// loader (hapur.js) imports it when the tag appears.
export { HapurReasonedResponse };
