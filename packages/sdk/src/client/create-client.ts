import {
  calendarUrl,
  createOpportunity,
  getCoCreationProcess,
  listOpportunities,
  recordResponse,
  updateOpportunity,
} from './cocreation.js';
import { createCore, type Core } from './core.js';
import { getFeedbackStatus, submitFeedback } from './feedback.js';
import type {
  ApiClientOptions,
  CallOptions,
  ClientOptions,
  StaticClientOptions,
  TokenSource,
  WriteOptions,
} from './options.js';
import { getParticipationStats } from './participation.js';
import { listComments } from './comments.js';
import { getCommitment, getPlan, listPlans } from './plans.js';
import { getPublicationChecklist, listPublicationPeriods } from './publication.js';
import { getService, listServices } from './services.js';
import type { changeSubmissionStatus, publishComment } from './staff.js';
import { postProgressUpdate, recordPublicationCheck } from './staff.js';
import { listWebhookDeliveries } from './inbox.js';

import { getServiceRevision, listServiceChanges, putService, withdrawService } from './service-upkeep.js';
import { listProgressHistory } from './progress.js';
import { inboxCalls, type InboxCalls } from './inbox-calls.js';
import { getSelfAssessment } from './self-assessment.js';

type Rest<F> = F extends (core: Core, ...args: infer A) => infer R ? (...args: A) => R : never;

/** Every read, plus `submitFeedback` (which throws `ReadOnlyError` on a static client). */
export interface HapurClient {
  readonly mode: 'api' | 'static';
  listPlans: Rest<typeof listPlans>;
  getPlan: Rest<typeof getPlan>;
  getCommitment: Rest<typeof getCommitment>;
  /** The plan's self-assessment for a period, one row per commitment (public data). */
  getSelfAssessment: Rest<typeof getSelfAssessment>;
  listComments: Rest<typeof listComments>;
  listServices: Rest<typeof listServices>;
  getService: Rest<typeof getService>;
  submitFeedback: Rest<typeof submitFeedback>;
  getFeedbackStatus: Rest<typeof getFeedbackStatus>;
  getParticipationStats: Rest<typeof getParticipationStats>;
  getPublicationChecklist: Rest<typeof getPublicationChecklist>;
  listPublicationPeriods: Rest<typeof listPublicationPeriods>;
  listOpportunities: Rest<typeof listOpportunities>;
  getCoCreationProcess: Rest<typeof getCoCreationProcess>;
  /** The address of a calendar file (no request): one opportunity, or the feed of a filter. */
  calendarUrl: Rest<typeof calendarUrl>;
}

/** The institution's inbox, short names (`client.staff.listSubmissions(…)`); the same functions by route id on the client. */
export interface StaffInbox extends InboxCalls {
  listWebhookDeliveries: Rest<typeof listWebhookDeliveries>;
}

/** Service upkeep, short names (`client.services.put(…)`); the same functions by route id on the client. */
export interface ServiceUpkeep {
  revision: Rest<typeof getServiceRevision>;
  put: Rest<typeof putService>;
  withdraw: Rest<typeof withdrawService>;
  history: Rest<typeof listServiceChanges>;
}

/** A client created with a `token`: the staff reads and writes as well. */
export interface HapurStaffClient extends HapurClient {
  postProgressUpdate: Rest<typeof postProgressUpdate>;
  changeSubmissionStatus: Rest<typeof changeSubmissionStatus>;
  publishComment: Rest<typeof publishComment>;
  recordPublicationCheck: Rest<typeof recordPublicationCheck>;
  getStaffMe: InboxCalls['me'];
  listStaffSubmissions: InboxCalls['listSubmissions'];
  getStaffSubmission: InboxCalls['getSubmission'];
  assignSubmission: InboxCalls['assign'];
  addSubmissionNote: InboxCalls['addNote'];
  unpublishComment: InboxCalls['unpublish'];
  transferSubmission: InboxCalls['transfer'];
  releaseSubmission: InboxCalls['release'];
  listWebhookDeliveries: Rest<typeof listWebhookDeliveries>;
  createOpportunity: Rest<typeof createOpportunity>;
  updateOpportunity: Rest<typeof updateOpportunity>;
  recordResponse: Rest<typeof recordResponse>;
  /** The inbox under short names. */
  staff: StaffInbox;
  listProgressHistory: Rest<typeof listProgressHistory>;
  getServiceRevision: Rest<typeof getServiceRevision>;
  putService: Rest<typeof putService>;
  withdrawService: Rest<typeof withdrawService>;
  listServiceChanges: Rest<typeof listServiceChanges>;
  /** Service upkeep under short names. */
  services: ServiceUpkeep;
}

function staffInbox(core: Core): StaffInbox {
  return { ...inboxCalls(core), listWebhookDeliveries: (options) => listWebhookDeliveries(core, options) };
}

function readMethods(core: Core): HapurClient {
  return {
    mode: core.mode,
    listPlans: (options?: CallOptions) => listPlans(core, options),
    getPlan: (planId, options) => getPlan(core, planId, options),
    getCommitment: (planId, number, options) => getCommitment(core, planId, number, options),
    getSelfAssessment: (planId, period, options) => getSelfAssessment(core, planId, period, options),
    listComments: (planId, number, paging, options) => listComments(core, planId, number, paging, options),
    listServices: (filter, options) => listServices(core, filter, options),
    getService: (id, options) => getService(core, id, options),
    submitFeedback: (input, options?: WriteOptions) => submitFeedback(core, input, options),
    getFeedbackStatus: (token, options) => getFeedbackStatus(core, token, options),
    getParticipationStats: (filter, options) => getParticipationStats(core, filter, options),
    getPublicationChecklist: (id, period, options) => getPublicationChecklist(core, id, period, options),
    listPublicationPeriods: (id, options) => listPublicationPeriods(core, id, options),
    listOpportunities: (filter, options) => listOpportunities(core, filter, options),
    getCoCreationProcess: (id, options) => getCoCreationProcess(core, id, options),
    calendarUrl: (target) => calendarUrl(core, target),
  };
}

/**
 * One object with every method. Convenient, but it pulls in every resource; an embed that only needs
 * services should use the tree-shakable form: `const core = createCore({ baseUrl }); await listServices(core)`.
 */
export function createClient(options: ApiClientOptions & { token: TokenSource }): HapurStaffClient;
export function createClient(options: ClientOptions): HapurClient;
export function createClient(options: ClientOptions): HapurClient | HapurStaffClient {
  const core = createCore(options);
  const client = readMethods(core);
  if (options.token === undefined) return client;
  const staff = staffInbox(core);
  const services: ServiceUpkeep = {
    revision: (id, options) => getServiceRevision(core, id, options),
    put: (id, service, base, options) => putService(core, id, service, base, options),
    withdraw: (id, input, base, options) => withdrawService(core, id, input, base, options),
    history: (id, options) => listServiceChanges(core, id, options),
  };
  return {
    ...client,
    staff,
    services,
    listProgressHistory: (planId, milestoneId, options) => listProgressHistory(core, planId, milestoneId, options),
    getServiceRevision: services.revision,
    putService: services.put,
    withdrawService: services.withdraw,
    listServiceChanges: services.history,
    getStaffMe: staff.me,
    listStaffSubmissions: staff.listSubmissions,
    getStaffSubmission: staff.getSubmission,
    assignSubmission: staff.assign,
    addSubmissionNote: staff.addNote,
    unpublishComment: staff.unpublish,
    transferSubmission: staff.transfer,
    releaseSubmission: staff.release,
    listWebhookDeliveries: staff.listWebhookDeliveries,
    postProgressUpdate: (planId, milestoneId, input, call) =>
      postProgressUpdate(core, planId, milestoneId, input, call),
    changeSubmissionStatus: staff.changeStatus,
    publishComment: staff.publish,
    recordPublicationCheck: (input, call) => recordPublicationCheck(core, input, call),
    createOpportunity: (input, call) => createOpportunity(core, input, call),
    updateOpportunity: (id, input, call) => updateOpportunity(core, id, input, call),
    recordResponse: (id, input, call) => recordResponse(core, id, input, call),
  };
}

/** Reads a static export (`plans/index.json`, `services/<id>.json`, …) with the same methods; writes throw `ReadOnlyError`. */
export function createStaticClient(
  staticBaseUrl: string | URL,
  options: Omit<StaticClientOptions, 'staticBaseUrl'> = {},
): HapurClient {
  return createClient({ ...options, staticBaseUrl });
}
