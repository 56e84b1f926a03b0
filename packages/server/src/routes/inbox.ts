import { HttpProblem } from '../http/problem.js';
import { currentStaff, type Handlers } from './define.js';

// The institution's inbox (issue 16). The contract (route table, schemas, client) landed first; the
// handlers below answer 501 until the inbox repository lands.
const notYet = (): never => {
  throw new HttpProblem(501, 'not_implemented', 'Not implemented', 'The staff inbox is being built.');
};

/** Staff reads and actions of the inbox. */
export const inboxHandlers = {
  getStaffMe: (c) => {
    currentStaff(c);
    return notYet();
  },
  listStaffSubmissions: notYet,
  exportStaffSubmissionsCsv: notYet,
  getStaffSubmission: notYet,
  assignSubmission: notYet,
  addSubmissionNote: notYet,
  unpublishComment: notYet,
  transferSubmission: notYet,
  releaseSubmission: notYet,
  listWebhookDeliveries: notYet,
} satisfies Handlers;
