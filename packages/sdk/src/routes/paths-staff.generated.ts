// Generated from the route table (table-*.ts) by `npm run routes:build -w @hapur/sdk`: do not edit. A test fails
// when it is stale.

import type { RoutePath } from './paths.js';

// The routes only staff screens call, apart from the public ones (`paths.ts` re-exports both files): a page with
// public blocks only never downloads them (issue #20: they were a third of the route chunk every block page loaded).
// A public route only staff screens call (`onlyStaffScreens` in the table) is here too.

/** A call that needs a staff token (no static file answers it). */
/* @__NO_SIDE_EFFECTS__ */
function staff<const M extends RoutePath['method'], const P extends string>(
  method: M,
  path: P,
): { readonly method: M; readonly path: P; readonly staff: true } {
  return { method, path, staff: true };
}

export const postProgressUpdateRoute = staff('POST', '/plans/{planId}/milestones/{milestoneId}/progress');
export const listProgressHistoryRoute = staff('GET', '/plans/{planId}/milestones/{milestoneId}/progress');
export const putServiceRoute = staff('PUT', '/services/{serviceId}');
export const withdrawServiceRoute = staff('POST', '/services/{serviceId}/withdraw');
export const reviewServiceRoute = staff('POST', '/services/{serviceId}/review');
export const getServiceRevisionRoute = staff('GET', '/services/{serviceId}/revision');
export const listServiceChangesRoute = staff('GET', '/services/{serviceId}/history');
export const listInstitutionsRoute = {
  method: 'GET',
  path: '/institutions',
  staticPaths: ['institutions/index.json'],
} as const;
export const changeSubmissionStatusRoute = staff('POST', '/feedback/{reference}/status');
export const publishCommentRoute = staff('POST', '/feedback/{reference}/publish');
export const recordPublicationCheckRoute = staff('POST', '/publication-checks');
export const getStaffMeRoute = staff('GET', '/staff/me');
export const listStaffSubmissionsRoute = staff('GET', '/staff/submissions');
export const exportStaffSubmissionsCsvRoute = staff('GET', '/staff/submissions.csv');
export const getStaffSubmissionRoute = staff('GET', '/staff/submissions/{reference}');
export const assignSubmissionRoute = staff('POST', '/staff/submissions/{reference}/assign');
export const addSubmissionNoteRoute = staff('POST', '/staff/submissions/{reference}/notes');
export const unpublishCommentRoute = staff('POST', '/staff/submissions/{reference}/unpublish');
export const transferSubmissionRoute = staff('POST', '/staff/submissions/{reference}/transfer');
export const releaseSubmissionRoute = staff('POST', '/staff/submissions/{reference}/release');
export const listWebhookDeliveriesRoute = staff('GET', '/staff/webhook-deliveries');
export const createOpportunityRoute = staff('POST', '/participation/opportunities');
export const updateOpportunityRoute = staff('POST', '/participation/opportunities/{opportunityId}');
export const recordResponseRoute = staff('POST', '/cocreation/contributions/{contributionId}/response');
