// React components for Hapur's blocks. Importing a component registers its custom element.
export { HapurProvider } from './provider.js';
export { HapurServiceInfo } from './service-info.js';
export { HapurServiceList } from './service-list.js';
export { HapurCommitmentTracker } from './commitment-tracker.js';
export { HapurFeedbackForm } from './feedback-form.js';
export { HapurFeedbackStatus } from './feedback-status.js';
export { HapurComments } from './comments.js';
export { HapurParticipationStats } from './participation-stats.js';
export { HapurParticipationCalendar } from './participation-calendar.js';
export { HapurReasonedResponse } from './reasoned-response.js';
export { HapurPublicationChecklist } from './publication-checklist.js';
export { HapurStaffInbox } from './staff-inbox.js';
export { HapurProgressReport } from './progress-report.js';
export { HapurServiceEditor } from './service-editor.js';
export {
  dataEvents,
  trackerEvents,
  feedbackFormEvents,
  checklistEvents,
  staffInboxEvents,
  progressReportEvents,
  serviceEditorEvents,
} from './events.js';
export type {
  HapurLoadEvent,
  HapurErrorEvent,
  HapurSubmitEvent,
  HapurSubmittedEvent,
  HapurQueuedEvent,
  HapurFeedbackRequestEvent,
  HapurAfterRecordEvent,
  HapurStaffActionEvent,
  HapurProgressSavedEvent,
  HapurServiceSaveEvent,
  HapurLoadEventDetail,
  HapurErrorEventDetail,
  HapurDataSource,
  HapurSubmitEventDetail,
  HapurSubmittedEventDetail,
  HapurQueuedEventDetail,
  HapurFeedbackRequestEventDetail,
  HapurAfterRecordEventDetail,
  HapurStaffActionEventDetail,
  HapurStaffActionKind,
  HapurProgressSavedEventDetail,
  HapurServiceSaveEventDetail,
  ServiceInfoVariant,
  HeadingLevel,
  CommitmentStatus,
  SortKey,
  TrackerView,
  FeedbackKind,
  FormState,
  ChecklistMode,
} from '@hapur/elements';
