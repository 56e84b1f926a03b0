import {
  createCore,
  getStaffMe,
  listProgressHistory,
  postProgressUpdate,
  calendarUrl,
  getCoCreationProcess,
  listOpportunities,
  getFeedbackStatus,
  getParticipationStats,
  getPlan,
  getPublicationChecklist,
  listComments,
  listPublicationPeriods,
  recordPublicationCheck,
  submitFeedback,
  type Core,
  type HapurStaffClient,
  inboxCalls,
  type InboxCalls,
  type StaffInbox,
} from '@hapur/sdk';
import type { ApiEntry, MethodSet } from './registry.js';

/**
 * The SDK core of one base URL, shared by every method set on it: one read cache, one request dedupe,
 * one ETag memory, one retry policy. Each set below pulls in only its own resource functions and
 * schemas (the SDK's tree-shakable form), never all of `createClient`.
 */
const coreOf = (entry: ApiEntry): Core => (entry.core ??= createCore({ baseUrl: entry.base }));

/** @internal */
export const planReads: MethodSet<'getPlan'> = (entry) => ({
  getPlan: (planId, options) => getPlan(coreOf(entry), planId, options),
});

/** The form sends, and reads a draft plan's guiding questions. @internal */
export const feedbackWrites: MethodSet<'submitFeedback' | 'getPlan'> = (entry) => ({
  ...planReads(entry),
  submitFeedback: (input, options) => submitFeedback(coreOf(entry), input, options),
});

/** @internal */
export const statusReads: MethodSet<'getFeedbackStatus'> = (entry) => ({
  getFeedbackStatus: (token, options) => getFeedbackStatus(coreOf(entry), token, options),
});

/** @internal */
export const commentReads: MethodSet<'listComments'> = (entry) => ({
  listComments: (planId, number, paging, options) => listComments(coreOf(entry), planId, number, paging, options),
});

/** @internal */
export const statsReads: MethodSet<'getParticipationStats'> = (entry) => ({
  getParticipationStats: (filter, options) => getParticipationStats(coreOf(entry), filter, options),
});

/** @internal */
export const checklistReads: MethodSet<'listPublicationPeriods' | 'getPublicationChecklist'> = (entry) => ({
  listPublicationPeriods: (id, options) => listPublicationPeriods(coreOf(entry), id, options),
  getPublicationChecklist: (id, period, options) => getPublicationChecklist(coreOf(entry), id, period, options),
});

/** The participation calendar: the list and the addresses of its calendar files. @internal */
export const calendarReads: MethodSet<'listOpportunities' | 'calendarUrl'> = (entry) => ({
  listOpportunities: (filter, options) => listOpportunities(coreOf(entry), filter, options),
  calendarUrl: (target) => calendarUrl(coreOf(entry), target),
});

/** @internal */
export const cocreationReads: MethodSet<'getCoCreationProcess'> = (entry) => ({
  getCoCreationProcess: (id, options) => getCoCreationProcess(coreOf(entry), id, options),
});

/**
 * The staff write of the checklist's monitoring template, with the block's own token. Never shared
 * through the registry: a token belongs to the block it was given to. @internal
 */
export function checklistStaffWrite(api: string, token: string): Pick<HapurStaffClient, 'recordPublicationCheck'> {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return { recordPublicationCheck: (input, call) => recordPublicationCheck(core, input, call) };
}

/** The inbox calls `<hapur-staff-inbox>` makes. @internal */
export type StaffInboxCalls = InboxCalls;

/**
 * The staff inbox calls with one staff token, in the shape of a staff client's `client.staff`. Like the
 * checklist's write, never shared through the registry: a token belongs to the sign-in it came from. Its
 * own core keeps the ETags of this token's reads, so the minute refresh is answered with a 304. @internal
 */
export function staffInboxCalls(api: string, token: string): { staff: StaffInboxCalls } {
  return { staff: inboxCalls(createCore({ baseUrl: new URL(api, document.baseURI), token })) };
}

/** The staff calls of `<hapur-progress-report>`: who signed in, the report, the milestone's history. @internal */
export type ProgressReportCalls = Pick<HapurStaffClient, 'postProgressUpdate' | 'listProgressHistory'> & {
  staff: Pick<StaffInbox, 'me'>;
};

/**
 * The progress report's staff calls with one staff token. Like the inbox's, never shared through the
 * registry; the plan itself is a public read the block makes through the page's client (`planReads`),
 * the same one a tracker on the page uses. @internal
 */
export function progressReportCalls(api: string, token: string): ProgressReportCalls {
  const core = createCore({ baseUrl: new URL(api, document.baseURI), token });
  return {
    staff: { me: (options) => getStaffMe(core, options) },
    postProgressUpdate: (planId, milestoneId, input, call) =>
      postProgressUpdate(core, planId, milestoneId, input, call),
    listProgressHistory: (planId, milestoneId, options) => listProgressHistory(core, planId, milestoneId, options),
  };
}
