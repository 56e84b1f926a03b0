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
import type { ApiClientOptions, ClientOptions, StaticClientOptions, TokenSource } from './options.js';
import { getParticipationStats } from './participation.js';
import { listComments } from './comments.js';
import { getCommitment, getPlan, listPlans } from './plans.js';
import { getPublicationChecklist, listPublicationPeriods } from './publication.js';
import { getService, listServices } from './services.js';
import { listInstitutions } from './institutions.js';
import type { changeSubmissionStatus, publishComment } from './staff.js';
import { postProgressUpdate, recordPublicationCheck } from './staff.js';
import { listWebhookDeliveries } from './inbox.js';

import {
  getServiceRevision,
  listServiceChanges,
  putService,
  reviewService,
  withdrawService,
} from './service-upkeep.js';
import { listProgressHistory } from './progress.js';
import { inboxCalls, type InboxCalls } from './inbox-calls.js';
import { getSelfAssessment } from './self-assessment.js';

type Rest<F> = F extends (core: Core, ...args: infer A) => infer R ? (...args: A) => R : never;
/** The functions of `calls` with the core given: `bound.x(...args)` is `x(core, ...args)`. */
type Bound<T> = { [K in keyof T]: Rest<T[K]> };

function bind<T extends Record<string, (core: Core, ...args: never[]) => unknown>>(core: Core, calls: T): Bound<T> {
  const bound: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    bound[name] = (...args: never[]) => call(core, ...args);
  }
  return bound as Bound<T>;
}

/** Every read, plus `submitFeedback` (which throws `ReadOnlyError` on a static client), by route id. */
const reads = {
  listPlans,
  getPlan,
  getCommitment,
  getSelfAssessment,
  listComments,
  listServices,
  getService,
  listInstitutions,
  submitFeedback,
  getFeedbackStatus,
  getParticipationStats,
  getPublicationChecklist,
  listPublicationPeriods,
  listOpportunities,
  getCoCreationProcess,
  calendarUrl,
};
/** The staff writes and reads a client created with a token adds, by route id (besides the inbox and upkeep). */
const staffCalls = {
  postProgressUpdate,
  recordPublicationCheck,
  listProgressHistory,
  createOpportunity,
  updateOpportunity,
  recordResponse,
};
/** Service upkeep under short names. */
const upkeep = {
  revision: getServiceRevision,
  put: putService,
  withdraw: withdrawService,
  review: reviewService,
  history: listServiceChanges,
};

/** Every read, plus `submitFeedback` (which throws `ReadOnlyError` on a static client). */
export interface HapurClient extends Bound<typeof reads> {
  readonly mode: 'api' | 'static';
}

/** The institution's inbox, short names (`client.staff.listSubmissions(…)`); the same functions by route id on the client. */
export interface StaffInbox extends InboxCalls {
  listWebhookDeliveries: Rest<typeof listWebhookDeliveries>;
}

/** Service upkeep, short names (`client.services.put(…)`); the same functions by route id on the client. */
export type ServiceUpkeep = Bound<typeof upkeep>;

/** A client created with a `token`: the staff reads and writes as well. */
export interface HapurStaffClient extends HapurClient, Bound<typeof staffCalls> {
  changeSubmissionStatus: Rest<typeof changeSubmissionStatus>;
  publishComment: Rest<typeof publishComment>;
  getStaffMe: InboxCalls['me'];
  listStaffSubmissions: InboxCalls['listSubmissions'];
  exportStaffSubmissionsCsv: InboxCalls['exportCsv'];
  getStaffSubmission: InboxCalls['getSubmission'];
  assignSubmission: InboxCalls['assign'];
  addSubmissionNote: InboxCalls['addNote'];
  unpublishComment: InboxCalls['unpublish'];
  transferSubmission: InboxCalls['transfer'];
  releaseSubmission: InboxCalls['release'];
  listWebhookDeliveries: StaffInbox['listWebhookDeliveries'];
  /** The inbox under short names. */
  staff: StaffInbox;
  getServiceRevision: ServiceUpkeep['revision'];
  putService: ServiceUpkeep['put'];
  withdrawService: ServiceUpkeep['withdraw'];
  reviewService: ServiceUpkeep['review'];
  listServiceChanges: ServiceUpkeep['history'];
  /** Service upkeep under short names. */
  services: ServiceUpkeep;
}

function staffInbox(core: Core): StaffInbox {
  return { ...inboxCalls(core), listWebhookDeliveries: (options) => listWebhookDeliveries(core, options) };
}

/**
 * One object with every method. Convenient, but it pulls in every resource; an embed that only needs
 * services should use the tree-shakable form: `const core = createCore({ baseUrl }); await listServices(core)`.
 */
export function createClient(options: ApiClientOptions & { token: TokenSource }): HapurStaffClient;
export function createClient(options: ClientOptions): HapurClient;
export function createClient(options: ClientOptions): HapurClient | HapurStaffClient {
  const core = createCore(options);
  const client: HapurClient = { mode: core.mode, ...bind(core, reads) };
  if (options.token === undefined) return client;
  const staff = staffInbox(core);
  const services = bind(core, upkeep);
  return {
    ...client,
    ...bind(core, staffCalls),
    staff,
    services,
    getServiceRevision: services.revision,
    putService: services.put,
    withdrawService: services.withdraw,
    reviewService: services.review,
    listServiceChanges: services.history,
    getStaffMe: staff.me,
    listStaffSubmissions: staff.listSubmissions,
    exportStaffSubmissionsCsv: staff.exportCsv,
    getStaffSubmission: staff.getSubmission,
    assignSubmission: staff.assign,
    addSubmissionNote: staff.addNote,
    unpublishComment: staff.unpublish,
    transferSubmission: staff.transfer,
    releaseSubmission: staff.release,
    listWebhookDeliveries: staff.listWebhookDeliveries,
    changeSubmissionStatus: staff.changeStatus,
    publishComment: staff.publish,
  };
}

/** Reads a static export (`plans/index.json`, `services/<id>.json`, …) with the same methods; writes throw `ReadOnlyError`. */
export function createStaticClient(
  staticBaseUrl: string | URL,
  options: Omit<StaticClientOptions, 'staticBaseUrl'> = {},
): HapurClient {
  return createClient({ ...options, staticBaseUrl });
}
