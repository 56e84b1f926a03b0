import { HapurFeedbackRequestEvent } from '../../events/feedback-request.js';
import { pageLink } from '../../internal/safe-url.js';

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
  const href = pageLink(feedbackHref);
  if (!proceed || !href) return;
  const url = new URL(href, document.baseURI);
  url.searchParams.set('plan', planId);
  url.searchParams.set('commitment', commitmentNumber);
  location.assign(url.href);
}
