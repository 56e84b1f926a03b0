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

/** Each event's name, typed with its class (one line each, whichever blocks send it). */
const named = {
  load: 'hapur-load' as EventName<HapurLoadEvent>,
  error: 'hapur-error' as EventName<HapurErrorEvent>,
  feedbackRequest: 'hapur-feedback-request' as EventName<HapurFeedbackRequestEvent>,
  submit: 'hapur-submit' as EventName<HapurSubmitEvent>,
  submitted: 'hapur-submitted' as EventName<HapurSubmittedEvent>,
  queued: 'hapur-queued' as EventName<HapurQueuedEvent>,
  afterRecord: 'hapur-after-record' as EventName<HapurAfterRecordEvent>,
  staffAction: 'hapur-staff-action' as EventName<HapurStaffActionEvent>,
  progressSaved: 'hapur-progress-saved' as EventName<HapurProgressSavedEvent>,
  serviceSave: 'hapur-service-save' as EventName<HapurServiceSaveEvent>,
};

/** Every data block: `onHapurLoad` (data loaded and shown), `onHapurError` (loading failed; a retry button is shown). */
export const dataEvents = { onHapurLoad: named.load, onHapurError: named.error };

/** `<hapur-commitment-tracker>`: also `onHapurFeedbackRequest` (a reader asked to comment on a commitment). */
export const trackerEvents = { ...dataEvents, onHapurFeedbackRequest: named.feedbackRequest };

/** `<hapur-feedback-form>`: about to send (cancelable), accepted, queued for later, or failed. */
export const feedbackFormEvents = {
  onHapurSubmit: named.submit,
  onHapurSubmitted: named.submitted,
  onHapurQueued: named.queued,
  onHapurError: named.error,
};

/** `<hapur-publication-checklist>`: also `onHapurAfterRecord` (the monitoring template's checks were stored). */
export const checklistEvents = { ...dataEvents, onHapurAfterRecord: named.afterRecord };

/** `<hapur-staff-inbox>`: also `onHapurStaffAction` (the server stored an action on a message). */
export const staffInboxEvents = { ...dataEvents, onHapurStaffAction: named.staffAction };

/** `<hapur-progress-report>`: also `onHapurProgressSaved` (the server stored a progress report). */
export const progressReportEvents = { ...dataEvents, onHapurProgressSaved: named.progressSaved };

/** `<hapur-service-editor>`: also `onHapurServiceSave` (the server stored a service: saved or withdrawn). */
export const serviceEditorEvents = { ...dataEvents, onHapurServiceSave: named.serviceSave };
