import { ChecklistMonitor, monitorHandlers, renderMonitor } from './checklist-staff.js';

/** hapur.all.js: the monitoring template inside (every block is in that file already; a lazy chunk would cost it more). @internal */
export const loadStaff = () => Promise.resolve({ ChecklistMonitor, monitorHandlers, renderMonitor });
