import type { Core } from './core.js';
import {
  addSubmissionNote,
  assignSubmission,
  exportStaffSubmissionsCsv,
  getStaffMe,
  getStaffSubmission,
  listStaffSubmissions,
  releaseSubmission,
  transferSubmission,
  unpublishComment,
} from './inbox.js';
import { changeSubmissionStatus, publishComment } from './staff.js';
import { listInstitutionsForDisplay } from './institutions-display.js';

/**
 * The inbox's calls on one core under their short names: what a staff client's `client.staff` holds
 * (it adds `listWebhookDeliveries`) and what `<hapur-staff-inbox>` calls with its own token's core;
 * `institutions` is the public `listInstitutions`, checked as a display read (`listInstitutionsForDisplay`: no zod
 * schema on the inbox's page), which the transfer form offers by name.
 */
export const inboxCalls = (core: Core) => ({
  me: getStaffMe.bind(null, core),
  listSubmissions: listStaffSubmissions.bind(null, core),
  exportCsv: exportStaffSubmissionsCsv.bind(null, core),
  getSubmission: getStaffSubmission.bind(null, core),
  changeStatus: changeSubmissionStatus.bind(null, core),
  assign: assignSubmission.bind(null, core),
  addNote: addSubmissionNote.bind(null, core),
  publish: publishComment.bind(null, core),
  unpublish: unpublishComment.bind(null, core),
  transfer: transferSubmission.bind(null, core),
  release: releaseSubmission.bind(null, core),
  /** The public list of institutions, for the transfer form's choice. */
  institutions: listInstitutionsForDisplay.bind(null, core),
});

/** The calls of `inboxCalls`. */
export type InboxCalls = ReturnType<typeof inboxCalls>;
