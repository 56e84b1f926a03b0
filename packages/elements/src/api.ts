// What the public blocks' pages use: their classes, constants and event types, and registerTranslation. all.ts (the
// CDN's hapur.all.js) exports this; index.ts exports it and the staff blocks' events. Importing it registers nothing.
export { HapurProvider } from './components/provider/provider.js';
export { HapurServiceInfo } from './components/service-info/service-info.js';
export { HapurServiceList } from './components/service-list/service-list.js';
export { SERVICE_INFO_VARIANTS, HEADING_LEVELS } from './components/service-info/service-info.types.js';
export type { ServiceInfoVariant, HeadingLevel } from './components/service-info/service-info.types.js';
export { HapurCommitmentTracker } from './components/commitment-tracker/commitment-tracker.js';
export {
  COMMITMENT_STATUSES,
  SORT_KEYS,
  TRACKER_VIEWS,
} from './components/commitment-tracker/commitment-tracker.types.js';
export type {
  CommitmentStatus,
  SortKey,
  TrackerView,
} from './components/commitment-tracker/commitment-tracker.types.js';
export { HapurFeedbackForm } from './components/feedback-form/feedback-form.js';
export { FEEDBACK_KINDS, FORM_STATES } from './components/feedback-form/feedback-form.types.js';
export type { FeedbackKind, FormState } from './components/feedback-form/feedback-form.types.js';
export { HapurFeedbackStatus } from './components/feedback-status/feedback-status.js';
export { HapurComments } from './components/comments/comments.js';
export { HapurParticipationStats } from './components/participation-stats/participation-stats.js';
export { HapurPublicationChecklist } from './components/publication-checklist/publication-checklist.js';
export { CHECKLIST_MODES } from './components/publication-checklist/publication-checklist.types.js';
export type { ChecklistMode } from './components/publication-checklist/publication-checklist.types.js';
// Not here either: the co-creation blocks (<hapur-participation-calendar>, <hapur-reasoned-response>). Through
// all.ts they would add 8 KB gzip to hapur.all.js (measured 91.0 KB of its 83 KB budget); the loader (hapur.js)
// loads them by tag, and each has its own entry that registers the tag and exports the class.
// Not here: the staff blocks (<hapur-staff-inbox>). all.ts re-exports this module into the CDN bundle, where a
// staff screen would add ~10 KB gzip to every citizen's page; import them from their own entry
// (`@hapur/elements/staff-inbox.js`, which registers the tag and exports the class).
export * from './events/index.js';
export { registerTranslation } from './internal/register-translation.js';
export type { TranslationOverrides } from './internal/catalogue.js';
export type { Translation } from './translations/translation.js';
