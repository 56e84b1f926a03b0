import type { FeedbackType } from '@hapur/sdk';
import { HapurEvent } from './hapur-event.js';

export interface HapurSubmittedEventDetail {
  readonly kind: FeedbackType;
  /** Public reference, e.g. `XK-2026-48207153`. */
  readonly reference: string;
  /** The tracking code (status token) the citizen follows the message with. */
  readonly statusToken: string;
  /** ISO date-time by which the institution must answer, when the server set one. */
  readonly respondBy: string | undefined;
  /** True when the message had been queued (offline, server failure) and was sent later. */
  readonly fromQueue: boolean;
}

/** Fired by `<hapur-feedback-form>` when the server has accepted a message. Carries no personal data. */
export class HapurSubmittedEvent extends HapurEvent<HapurSubmittedEventDetail> {
  constructor(detail: HapurSubmittedEventDetail) {
    super('hapur-submitted', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-submitted': HapurSubmittedEvent;
  }
}
