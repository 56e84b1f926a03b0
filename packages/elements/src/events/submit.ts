import type { FeedbackType } from '@hapur/sdk';
import { HapurEvent } from './hapur-event.js';

export interface HapurSubmitEventDetail {
  /** The kind of message about to be sent. Never the text or contact details. */
  readonly kind: FeedbackType;
}

/**
 * Fired by `<hapur-feedback-form>` after the form is valid and before anything is sent.
 * Cancel it (`event.preventDefault()`) to stop the submission, e.g. to ask for confirmation first.
 */
export class HapurSubmitEvent extends HapurEvent<HapurSubmitEventDetail> {
  constructor(detail: HapurSubmitEventDetail) {
    super('hapur-submit', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-submit': HapurSubmitEvent;
  }
}
