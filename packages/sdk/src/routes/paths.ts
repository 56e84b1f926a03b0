export * from './paths-staff.js';
import {
  postProgressUpdateRoute,
  listProgressHistoryRoute,
  putServiceRoute,
  withdrawServiceRoute,
  reviewServiceRoute,
  getServiceRevisionRoute,
  listServiceChangesRoute,
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
  listInstitutionsRoute,
} from './paths-staff.js';

/**
 * Where each endpoint of the Hapur API lives: method, path below the API base (`/api/v1`), the files a
 * static export holds for it, and whether it needs a staff token. Plain data without zod, one constant
 * per route, so a display-only reader pays only for the routes it imports. `ROUTE_PATHS` names them by
 * route id, the one name of an endpoint: its OpenAPI `operationId`, its SDK client function, its server
 * handler. The documentation of each route (summary, parameters, schemas) is `table.ts` (its parts `table-*.ts`); ADR 0006.
 */
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

export const listPlansRoute = { method: 'GET', path: '/plans', staticPaths: ['plans/index.json'] } as const;
export const getPlanRoute = { method: 'GET', path: '/plans/{planId}', staticPaths: ['plans/{planId}.json'] } as const;
export const getCommitmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}',
  staticPaths: ['plans/{planId}/commitments/{number}.json'],
} as const;
// Every comment in one file; the client cuts the page.
export const listCommentsRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}/comments',
  staticPaths: ['plans/{planId}/commitments/{number}/comments.json'],
} as const;
export const exportPlanCsvRoute = { method: 'GET', path: '/plans/{planId}/export.csv' } as const;
export const exportPlanXlsxRoute = { method: 'GET', path: '/plans/{planId}/export.xlsx' } as const;
export const exportPlanJsonRoute = { method: 'GET', path: '/plans/{planId}/export.json' } as const;
// The plan's whole period (a static export cannot answer for another period).
export const getSelfAssessmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/self-assessment',
  staticPaths: ['plans/{planId}/self-assessment.json'],
} as const;
export const exportSelfAssessmentCsvRoute = { method: 'GET', path: '/plans/{planId}/self-assessment.csv' } as const;
// Every service in one file; the client filters.
export const listServicesRoute = { method: 'GET', path: '/services', staticPaths: ['services/index.json'] } as const;
export const getServiceRoute = {
  method: 'GET',
  path: '/services/{serviceId}',
  staticPaths: ['services/{serviceId}.json'],
} as const;
export const submitFeedbackRoute = { method: 'POST', path: '/feedback' } as const;
export const getFeedbackStatusRoute = { method: 'GET', path: '/feedback/{statusToken}' } as const;
// All-time figures only: a static export cannot answer `from`/`to`.
export const getParticipationStatsRoute = {
  method: 'GET',
  path: '/participation/stats',
  staticPaths: ['participation/stats/{institution}.json', 'participation/stats.json'],
} as const;
export const getPublicationChecklistRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}',
  staticPaths: ['publication-checklists/{institutionId}/{period}.json'],
} as const;
export const listPublicationPeriodsRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}/periods',
  staticPaths: ['publication-checklists/{institutionId}/periods.json'],
} as const;
// Every opportunity in one file; the client filters.
export const listOpportunitiesRoute = {
  method: 'GET',
  path: '/participation/opportunities',
  staticPaths: ['participation/opportunities.json'],
} as const;
// The whole feed; filters need the API.
export const opportunitiesCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities.ics',
  staticPaths: ['participation/opportunities.ics'],
} as const;
export const opportunityCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities/{opportunityId}/calendar.ics',
  staticPaths: ['participation/opportunities/{opportunityId}/calendar.ics'],
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

export type RouteId = keyof typeof ROUTE_PATHS;

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
