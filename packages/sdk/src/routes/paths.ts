// Where each endpoint of the Hapur API lives: method, path below the API base (`/api/v1`), the files a
// static export holds for it, and whether it needs a staff token. Plain data without zod, one constant
// per route (`<routeId>Route`, generated from the route table `table-*.ts`: the public ones below, the staff ones in
// `paths-staff.generated.ts`), so a display-only reader pays only for the routes it imports. `ROUTE_PATHS` names them
// by route id, the one name of an endpoint: its OpenAPI `operationId`, its SDK client function, its server handler.
// ADR 0006.
//
// The constants are one module with the helpers that fill them in, as a marked region, rather than a file of their own:
// apart, a page of the tracker or the checklist loaded the two as two chunks (issue #20).
export * from './paths-staff.generated.js';

// BEGIN generated from the route table by `npm run routes:build -w @hapur/sdk`: do not edit (a test fails when stale).
import {
  postProgressUpdateRoute,
  listProgressHistoryRoute,
  putServiceRoute,
  withdrawServiceRoute,
  reviewServiceRoute,
  getServiceRevisionRoute,
  listServiceChangesRoute,
  listInstitutionsRoute,
  changeSubmissionStatusRoute,
  publishCommentRoute,
  recordPublicationCheckRoute,
  getStaffMeRoute,
  listStaffSubmissionsRoute,
  exportStaffSubmissionsCsvRoute,
  getStaffSubmissionRoute,
  assignSubmissionRoute,
  addSubmissionNoteRoute,
  unpublishCommentRoute,
  transferSubmissionRoute,
  releaseSubmissionRoute,
  listWebhookDeliveriesRoute,
  createOpportunityRoute,
  updateOpportunityRoute,
  recordResponseRoute,
} from './paths-staff.generated.js';

export const listPlansRoute = { method: 'GET', path: '/plans', staticPaths: ['plans/index.json'] } as const;
export const getPlanRoute = { method: 'GET', path: '/plans/{planId}', staticPaths: ['plans/{planId}.json'] } as const;
export const getCommitmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}',
  staticPaths: ['plans/{planId}/commitments/{number}.json'],
} as const;
export const listCommentsRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}/comments',
  staticPaths: ['plans/{planId}/commitments/{number}/comments.json'],
} as const;
export const exportPlanCsvRoute = { method: 'GET', path: '/plans/{planId}/export.csv' } as const;
export const exportPlanXlsxRoute = { method: 'GET', path: '/plans/{planId}/export.xlsx' } as const;
export const exportPlanJsonRoute = { method: 'GET', path: '/plans/{planId}/export.json' } as const;
export const getSelfAssessmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/self-assessment',
  staticPaths: ['plans/{planId}/self-assessment.json'],
} as const;
export const exportSelfAssessmentCsvRoute = { method: 'GET', path: '/plans/{planId}/self-assessment.csv' } as const;
export const listServicesRoute = { method: 'GET', path: '/services', staticPaths: ['services/index.json'] } as const;
export const getServiceRoute = {
  method: 'GET',
  path: '/services/{serviceId}',
  staticPaths: ['services/{serviceId}.json'],
} as const;
export const submitFeedbackRoute = { method: 'POST', path: '/feedback' } as const;
export const getFeedbackStatusRoute = { method: 'GET', path: '/feedback/{statusToken}' } as const;
export const getParticipationStatsRoute = {
  method: 'GET',
  path: '/participation/stats',
  staticPaths: ['participation/stats/{institution}.json', 'participation/stats.json'],
} as const;
export const getPublicationChecklistRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}',
  staticPaths: ['publication-checklists/{institutionId}/{period}.json', 'publication-checklists/{institutionId}.json'],
} as const;
export const listPublicationPeriodsRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}/periods',
  staticPaths: ['publication-checklists/{institutionId}/periods.json'],
} as const;
export const listOpportunitiesRoute = {
  method: 'GET',
  path: '/participation/opportunities',
  staticPaths: ['participation/opportunities.json'],
} as const;
export const opportunitiesCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities.ics',
  staticPaths: ['participation/opportunities.{lang}.ics', 'participation/opportunities.ics'],
} as const;
export const opportunityCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities/{opportunityId}/calendar.ics',
  staticPaths: [
    'participation/opportunities/{opportunityId}/calendar.{lang}.ics',
    'participation/opportunities/{opportunityId}/calendar.ics',
  ],
} as const;
export const getCoCreationProcessRoute = {
  method: 'GET',
  path: '/cocreation/{processId}',
  staticPaths: ['cocreation/{processId}.json'],
} as const;
export const getOpenApiRoute = { method: 'GET', path: '/openapi.json' } as const;

/** Every route, by id. Importing this pulls in all of them; a client function imports its own constant. */
export const ROUTE_PATHS = {
  listPlans: listPlansRoute,
  getPlan: getPlanRoute,
  getCommitment: getCommitmentRoute,
  listComments: listCommentsRoute,
  exportPlanCsv: exportPlanCsvRoute,
  exportPlanXlsx: exportPlanXlsxRoute,
  exportPlanJson: exportPlanJsonRoute,
  getSelfAssessment: getSelfAssessmentRoute,
  exportSelfAssessmentCsv: exportSelfAssessmentCsvRoute,
  postProgressUpdate: postProgressUpdateRoute,
  listProgressHistory: listProgressHistoryRoute,
  listServices: listServicesRoute,
  getService: getServiceRoute,
  putService: putServiceRoute,
  withdrawService: withdrawServiceRoute,
  reviewService: reviewServiceRoute,
  getServiceRevision: getServiceRevisionRoute,
  listServiceChanges: listServiceChangesRoute,
  listInstitutions: listInstitutionsRoute,
  submitFeedback: submitFeedbackRoute,
  getFeedbackStatus: getFeedbackStatusRoute,
  changeSubmissionStatus: changeSubmissionStatusRoute,
  publishComment: publishCommentRoute,
  getParticipationStats: getParticipationStatsRoute,
  getPublicationChecklist: getPublicationChecklistRoute,
  listPublicationPeriods: listPublicationPeriodsRoute,
  recordPublicationCheck: recordPublicationCheckRoute,
  getStaffMe: getStaffMeRoute,
  listStaffSubmissions: listStaffSubmissionsRoute,
  exportStaffSubmissionsCsv: exportStaffSubmissionsCsvRoute,
  getStaffSubmission: getStaffSubmissionRoute,
  assignSubmission: assignSubmissionRoute,
  addSubmissionNote: addSubmissionNoteRoute,
  unpublishComment: unpublishCommentRoute,
  transferSubmission: transferSubmissionRoute,
  releaseSubmission: releaseSubmissionRoute,
  listWebhookDeliveries: listWebhookDeliveriesRoute,
  listOpportunities: listOpportunitiesRoute,
  opportunitiesCalendar: opportunitiesCalendarRoute,
  opportunityCalendar: opportunityCalendarRoute,
  createOpportunity: createOpportunityRoute,
  updateOpportunity: updateOpportunityRoute,
  getCoCreationProcess: getCoCreationProcessRoute,
  recordResponse: recordResponseRoute,
  getOpenApi: getOpenApiRoute,
} as const satisfies Readonly<Record<string, RoutePath>>;

/** An endpoint's one name: its OpenAPI `operationId`, its SDK client function, its server handler. */
export type RouteId = keyof typeof ROUTE_PATHS;
// END generated

/** Where one endpoint lives. */
export interface RoutePath {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Below the API base, `{name}` for a path parameter: `/plans/{planId}`. */
  readonly path: string;
  /**
   * Files below a static export's base that answer this GET, first match wins: the first whose
   * `{name}` placeholders (path or query parameters) are all given. None: static mode cannot answer.
   */
  readonly staticPaths?: readonly string[];
  /** Needs `Authorization: Bearer <staff token>`. */
  readonly staff?: true;
}

/** The `{name}` placeholders of a path template, as a union of names. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParams<Rest>
  : never;

type Values = Readonly<Record<string, string | number | undefined>>;

const fill = (template: string, values: Values): string | undefined => {
  let missing = false;
  const out = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? undefined : out;
};

/**
 * The path of a call relative to the API base, without the leading slash (`plans/xk-2026-2028`), each
 * parameter URI-encoded. Query parameters are the caller's.
 */
export function routeUrl<R extends RoutePath>(
  r: R,
  params: Readonly<Record<PathParams<R['path']>, string | number>>,
): string {
  return (fill(r.path, params) as string).slice(1);
}

/** The static-export file for a call (path and query values), or undefined when no file answers it. */
export function staticUrl(r: RoutePath, values: Values): string | undefined {
  for (const template of r.staticPaths ?? []) {
    const path = fill(template, values);
    if (path !== undefined) return path;
  }
  return undefined;
}
