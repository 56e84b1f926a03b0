export { parseFlexibleDate } from './flexible-date.js';
