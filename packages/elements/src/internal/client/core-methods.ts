import { createCore, inboxCalls, type InboxCalls } from '@hapur/sdk';

// The staff inbox's calls. The citizen blocks' method sets are one module each (plan-reads.ts, comment-reads.ts, …;
// see core-of.ts), the checklist's staff write is checklist-write.ts and the progress report's calls are
// progress-report-calls.ts and the service editor's service-editor-calls.ts, so a page never loads the calls of a block it does not show.

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
