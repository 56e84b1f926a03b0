// The monitoring template and its staff write: loaded only when the block is in `monitor` mode
// (`checklist-staff-load.ts`), so a page that shows the public checklist downloads none of it (the
// check input's zod schema, the draft store, the SDK core and ky).
export { ChecklistMonitor } from './checklist-monitor.js';
export { renderMonitor } from './checklist-monitor-view.js';
export { monitorHandlers } from './checklist-monitor-handlers.js';
export { monitorStyles } from './checklist-monitor.styles.js';
