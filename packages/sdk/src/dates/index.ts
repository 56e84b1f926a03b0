export { parseFlexibleDate, isOverdue } from './flexible-date.js';
