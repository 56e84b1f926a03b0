/** hapur.all.js: the monitoring styles in the block's own sheet (that file holds the monitoring template anyway). @internal */
export { monitorStyles as monitorSheet } from './checklist-monitor.styles.js';
