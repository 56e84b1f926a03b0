import { defineElement } from '../../internal/define.js';
import { HapurProgressReport } from './progress-report.js';

defineElement('hapur-progress-report', HapurProgressReport);

// A staff block is not in `@hapur/elements` (index.ts) nor in the CDN bundle: this entry is its public door (ADR 0010).
export { HapurProgressReport };
