export { createClient, createStaticClient } from './create-client.js';
export type { HapurClient, HapurStaffClient, StaffInbox, ServiceUpkeep } from './create-client.js';
export { createCore } from './core.js';
export { createDocumentCore } from './document-core.js';
export { inboxCalls } from './inbox-calls.js';
export type { InboxCalls } from './inbox-calls.js';
export type { Core, ReadRoute, WriteRequest } from './core.js';
export type {
  ApiClientOptions,
  CallOptions,
  ClientOptions,
  RetryOptions,
  StaticClientOptions,
  TokenSource,
  WriteOptions,
} from './options.js';
export { listPlans, getPlan, getCommitment } from './plans.js';
export { getPlanForDisplay } from './plans-display.js';
export { listComments, listCommentsForDisplay } from './comments.js';
export type { CommentPageResult } from './comments.js';
export { listServices, getService } from './services.js';
export { listInstitutions } from './institutions.js';
export { listInstitutionsForDisplay } from './institutions-display.js';
export { submitFeedback, getFeedbackStatus } from './feedback.js';
export { getFeedbackStatusForDisplay } from './feedback-status-display.js';
export { getParticipationStats, getParticipationStatsForDisplay } from './participation.js';
export type { StatsFilter } from './participation.js';
export { getPublicationChecklist, listPublicationPeriods } from './publication.js';
export type { PeriodEntry } from './publication.js';
export { postProgressUpdate, changeSubmissionStatus, publishComment, recordPublicationCheck } from './staff.js';
export type { PublishResult, StatusChangeResult } from './staff.js';
// Every export of these two modules is the inbox's and co-creation's calls (with staffQueryString, OpportunityFilter).
export * from './inbox.js';
export * from './cocreation.js';
export {
  getServiceRevision,
  putService,
  withdrawService,
  reviewService,
  listServiceChanges,
} from './service-upkeep.js';
export { listProgressHistory } from './progress.js';
export { getSelfAssessment } from './self-assessment.js';
export type { ServiceBase } from './service-upkeep.js';
export { loadDocument } from './load-document.js';
export { parseOutput } from './validate.js';
export type { OutputOf, OutputSchema } from './validate.js';
export type { LoadDocumentOptions } from './load-document.js';
export { newIdempotencyKey } from './idempotency.js';
// The errors the client throws, so `@hapur/sdk/client` alone is enough to call it and handle failures.
export * from '../errors/index.js';
