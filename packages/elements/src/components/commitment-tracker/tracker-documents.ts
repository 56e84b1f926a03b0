import type * as source from './tracker-source.js';

// Files (inline JSON, `data-src`) are read with the SDK's zod schemas (`tracker-source.ts`), loaded when a tracker
// has one: a tracker reading the API loads no zod (its plan is checked by the compiled shape, issue #20).
const load = () => import('./tracker-source.js');

/** `readTrackerDocuments`, loaded on first need. @internal */
export const readTrackerDocuments: typeof source.readTrackerDocuments = async (...args) =>
  (await load()).readTrackerDocuments(...args);

/** `loadTrackerData`, loaded on first need. @internal */
export const loadTrackerData: typeof source.loadTrackerData = async (...args) =>
  (await load()).loadTrackerData(...args);
