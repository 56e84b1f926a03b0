import { HapurEvent } from './hapur-event.js';

export interface HapurFeedbackRequestEventDetail {
  /** The plan the commitment belongs to, e.g. `xk-2026-2028`. */
  readonly planId: string;
  /** The commitment's number within its plan, e.g. `"3"`. */
  readonly commitmentNumber: string;
}

/**
 * Fired when a reader asks to give feedback on a commitment. The host page opens its feedback form
 * (for example `<hapur-feedback-form>`) and calls `preventDefault()`; if nobody does and the tracker
 * has a `feedback-href`, the tracker follows that link instead.
 */
export class HapurFeedbackRequestEvent extends HapurEvent<HapurFeedbackRequestEventDetail> {
  constructor(detail: HapurFeedbackRequestEventDetail) {
    super('hapur-feedback-request', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-feedback-request': HapurFeedbackRequestEvent;
  }
}
