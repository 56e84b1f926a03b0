export { HapurLoadEvent } from './load.js';
export type { HapurLoadEventDetail, HapurDataSource } from './load.js';
export { HapurErrorEvent } from './error.js';
export type { HapurErrorEventDetail } from './error.js';
