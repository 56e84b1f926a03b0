// Never rendered (nothing imports it): `tsc` checks it in every build, proving that @hapur/react's props and
// event handlers are typed. If they ever loosen, a `@ts-expect-error` below has nothing to expect and the build fails.
import { HapurCommitmentTracker, HapurFeedbackForm, HapurServiceInfo, HapurServiceList } from '@hapur/react';

export const correct = (
  <>
    <HapurServiceInfo serviceId="example-building-permit" headingLevel={3} variant="compact" lang="en" />
    <HapurFeedbackForm institution="xk-example-municipality" onHapurSubmitted={(e) => e.detail.reference} />
    <HapurCommitmentTracker planId="xk-2026-2028" onHapurFeedbackRequest={(e) => e.preventDefault()} />
  </>
);

export const mistakes = (
  <>
    {/* @ts-expect-error heading levels are 2 to 6 */}
    <HapurServiceInfo headingLevel={9} />
    {/* @ts-expect-error variant is 'full' or 'compact' */}
    <HapurServiceInfo variant="wide" />
    {/* @ts-expect-error institution is a string */}
    <HapurServiceList institution={42} />
    {/* @ts-expect-error hapur-submitted's detail has no `token` */}
    <HapurFeedbackForm onHapurSubmitted={(e) => e.detail.token} />
    {/* @ts-expect-error the feedback request's detail has planId and commitmentNumber, no title */}
    <HapurCommitmentTracker onHapurFeedbackRequest={(e) => e.detail.title} />
  </>
);
