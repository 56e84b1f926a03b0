// The staff blocks' events (<hapur-staff-inbox>, <hapur-progress-report>, <hapur-service-editor>): exported by
// index.ts, not by all.ts (events/index.ts holds the public blocks' events).
export { HapurStaffActionEvent } from './staff-action.js';
export type { HapurStaffActionEventDetail, HapurStaffActionKind } from './staff-action.js';
export { HapurProgressSavedEvent } from './progress-saved.js';
export type { HapurProgressSavedEventDetail } from './progress-saved.js';
export { HapurServiceSaveEvent } from './service-save.js';
export type { HapurServiceSaveEventDetail } from './service-save.js';
