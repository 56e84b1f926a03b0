import type * as lazy from './tracker-timeline-load.js';
import { describeDue, heading } from './render-context.js';
import { renderTimeline } from './render-timeline.js';

// hapur.all.js: the timeline inside and its styles in the tracker's own sheet (every block is in that file already;
// a chunk would cost it more), where `tracker-timeline-load.ts` loads them the first time a tracker shows it.
export { default as timelineSheet } from './tracker-timeline.styles.js';

/** The timeline, in place. @internal */
export const renderTimelineView: typeof lazy.renderTimelineView = (plan, commitments, ctx, level) =>
  renderTimeline(plan, commitments, ctx, level, { heading, describeDue });

/** Nothing to load ahead: the timeline is here. @internal */
export const preloadTimeline: typeof lazy.preloadTimeline = () => Promise.resolve();
