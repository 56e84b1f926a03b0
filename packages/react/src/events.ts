import type { EventName } from '@lit/react';
import type {
  HapurAfterRecordEvent,
  HapurErrorEvent,
  HapurFeedbackRequestEvent,
  HapurLoadEvent,
  HapurQueuedEvent,
  HapurSubmitEvent,
  HapurServiceSaveEvent,
  HapurStaffActionEvent,
  HapurProgressSavedEvent,
  HapurSubmittedEvent,
} from '@hapur/elements';

// Event name → React prop, per block. The casts give each handler its event class, so `event.detail`
// is typed and `preventDefault()` is there for the cancelable ones (hapur-submit, hapur-feedback-request).

/** Every data block: `onHapurLoad` (data loaded and shown), `onHapurError` (loading failed; a retry button is shown). */
export const dataEvents = {
  onHapurLoad: 'hapur-load' as EventName<HapurLoadEvent>,
  onHapurError: 'hapur-error' as EventName<HapurErrorEvent>,
};

/** `<hapur-commitment-tracker>`: also `onHapurFeedbackRequest` (a reader asked to comment on a commitment). */
export const trackerEvents = {
  ...dataEvents,
  onHapurFeedbackRequest: 'hapur-feedback-request' as EventName<HapurFeedbackRequestEvent>,
};

/** `<hapur-feedback-form>`: about to send (cancelable), accepted, queued for later, or failed. */
export const feedbackFormEvents = {
  onHapurSubmit: 'hapur-submit' as EventName<HapurSubmitEvent>,
  onHapurSubmitted: 'hapur-submitted' as EventName<HapurSubmittedEvent>,
  onHapurQueued: 'hapur-queued' as EventName<HapurQueuedEvent>,
  onHapurError: 'hapur-error' as EventName<HapurErrorEvent>,
};

/** `<hapur-publication-checklist>`: also `onHapurAfterRecord` (the monitoring template's checks were stored). */
export const checklistEvents = {
  ...dataEvents,
  onHapurAfterRecord: 'hapur-after-record' as EventName<HapurAfterRecordEvent>,
};

/** `<hapur-staff-inbox>`: also `onHapurStaffAction` (the server stored an action on a message). */
export const staffInboxEvents = {
  ...dataEvents,
  onHapurStaffAction: 'hapur-staff-action' as EventName<HapurStaffActionEvent>,
};

/** `<hapur-progress-report>`: also `onHapurProgressSaved` (the server stored a progress report). */
export const progressReportEvents = {
  ...dataEvents,
  onHapurProgressSaved: 'hapur-progress-saved' as EventName<HapurProgressSavedEvent>,
};

/** `<hapur-service-editor>`: also `onHapurServiceSave` (the server stored a service: saved or withdrawn). */
export const serviceEditorEvents = {
  ...dataEvents,
  onHapurServiceSave: 'hapur-service-save' as EventName<HapurServiceSaveEvent>,
};
