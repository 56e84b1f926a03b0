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
// Every client function, one module per resource (with its types: CommentPageResult, StatsFilter, PeriodEntry,
// PublishResult, StatusChangeResult, ServiceBase, OpportunityFilter, staffQueryString…).
export * from './calls.js';
export { getPlanForDisplay } from './plans-display.js';
export { listInstitutionsForDisplay } from './institutions-display.js';
export { getFeedbackStatusForDisplay } from './feedback-status-display.js';
export { loadDocument } from './load-document.js';
export { parseOutput } from './validate.js';
export type { OutputOf, OutputSchema } from './validate.js';
export type { LoadDocumentOptions } from './load-document.js';
export { newIdempotencyKey } from './idempotency.js';
// The errors the client throws, so `@hapur/sdk/client` alone is enough to call it and handle failures.
export * from '../errors/index.js';
