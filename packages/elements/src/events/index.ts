export { HapurLoadEvent } from './load.js';
export type { HapurLoadEventDetail, HapurDataSource } from './load.js';
export { HapurErrorEvent } from './error.js';
export type { HapurErrorEventDetail } from './error.js';
export { HapurSubmitEvent } from './submit.js';
export type { HapurSubmitEventDetail } from './submit.js';
export { HapurSubmittedEvent } from './submitted.js';
export type { HapurSubmittedEventDetail } from './submitted.js';
export { HapurQueuedEvent } from './queued.js';
export type { HapurQueuedEventDetail } from './queued.js';
// The tracker's event class lives beside it until the tracker's folder is settled.
export { HapurFeedbackRequestEvent } from '../components/commitment-tracker/feedback-request-event.js';
export type { HapurFeedbackRequestEventDetail } from '../components/commitment-tracker/feedback-request-event.js';
export { HapurAfterRecordEvent } from '../components/publication-checklist/publication-checklist.events.js';
export type { HapurAfterRecordEventDetail } from '../components/publication-checklist/publication-checklist.events.js';
