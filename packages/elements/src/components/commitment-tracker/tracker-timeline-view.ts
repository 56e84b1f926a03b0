/**
 * The timeline view, a chunk of its own: its template, its quarter arithmetic and its styles, loaded when a reader
 * first shows the timeline (`tracker-timeline-load.ts`); the list, the default view, needs none of it (issue #20).
 * @internal
 */
export { renderTimeline } from './render-timeline.js';
export { default as timelineStyles } from './tracker-timeline.styles.js';
