// TODO(shared): move to src/events/feedback-request.ts and re-export from src/events/index.ts; the
// feedback form helper may define the same event — keep one class.

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
export class HapurFeedbackRequestEvent extends Event {
  readonly detail: HapurFeedbackRequestEventDetail;

  constructor(detail: HapurFeedbackRequestEventDetail) {
    super('hapur-feedback-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/**
 * Fires the event from `host`; when no listener cancels it and `feedbackHref` is set, follows that link
 * with `?plan=…&commitment=…` so the page's own feedback form can pick them up. @internal
 */
export function requestFeedback(
  host: EventTarget,
  planId: string | undefined,
  commitmentNumber: string,
  feedbackHref: string | undefined,
): void {
  if (!planId) return;
  const proceed = host.dispatchEvent(new HapurFeedbackRequestEvent({ planId, commitmentNumber }));
  if (!proceed || !feedbackHref) return;
  const url = new URL(feedbackHref, document.baseURI);
  url.searchParams.set('plan', planId);
  url.searchParams.set('commitment', commitmentNumber);
  location.assign(url.href);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-feedback-request': HapurFeedbackRequestEvent;
  }
}
