import type { FeedbackType } from '@hapur/sdk';
import { HapurEvent } from './hapur-event.js';

export interface HapurQueuedEventDetail {
  readonly kind: FeedbackType;
  /** Why it was kept for later: no connection, or the server failed (5xx, timeout). */
  readonly reason: 'network' | 'server';
}

/**
 * Fired by `<hapur-feedback-form>` when a message could not be sent and was saved on the device
 * (IndexedDB) to be sent with the same idempotency key when the connection returns.
 */
export class HapurQueuedEvent extends HapurEvent<HapurQueuedEventDetail> {
  constructor(detail: HapurQueuedEventDetail) {
    super('hapur-queued', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-queued': HapurQueuedEvent;
  }
}
