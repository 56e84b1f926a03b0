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

export const listPlansRoute = {
  method: 'GET',
  path: '/plans',
  staticPaths: ['plans/index.json'],
} as const satisfies RoutePath;
export const getPlanRoute = {
  method: 'GET',
  path: '/plans/{planId}',
  staticPaths: ['plans/{planId}.json'],
} as const satisfies RoutePath;
export const getCommitmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}',
  staticPaths: ['plans/{planId}/commitments/{number}.json'],
} as const satisfies RoutePath;
export const listCommentsRoute = {
  method: 'GET',
  path: '/plans/{planId}/commitments/{number}/comments',
  // Every comment in one file; the client cuts the page.
  staticPaths: ['plans/{planId}/commitments/{number}/comments.json'],
} as const satisfies RoutePath;
export const exportPlanCsvRoute = {
  method: 'GET',
  path: '/plans/{planId}/export.csv',
} as const satisfies RoutePath;
export const exportPlanXlsxRoute = {
  method: 'GET',
  path: '/plans/{planId}/export.xlsx',
} as const satisfies RoutePath;
export const exportPlanJsonRoute = {
  method: 'GET',
  path: '/plans/{planId}/export.json',
} as const satisfies RoutePath;
export const getSelfAssessmentRoute = {
  method: 'GET',
  path: '/plans/{planId}/self-assessment',
  // The plan's whole period (a static export cannot answer for another period).
  staticPaths: ['plans/{planId}/self-assessment.json'],
} as const satisfies RoutePath;
export const exportSelfAssessmentCsvRoute = {
  method: 'GET',
  path: '/plans/{planId}/self-assessment.csv',
} as const satisfies RoutePath;
export const postProgressUpdateRoute = {
  method: 'POST',
  path: '/plans/{planId}/milestones/{milestoneId}/progress',
  staff: true,
} as const satisfies RoutePath;
export const listProgressHistoryRoute = {
  method: 'GET',
  path: '/plans/{planId}/milestones/{milestoneId}/progress',
  staff: true,
} as const satisfies RoutePath;
export const listServicesRoute = {
  method: 'GET',
  path: '/services',
  // Every service in one file; the client filters.
  staticPaths: ['services/index.json'],
} as const satisfies RoutePath;
export const getServiceRoute = {
  method: 'GET',
  path: '/services/{serviceId}',
  staticPaths: ['services/{serviceId}.json'],
} as const satisfies RoutePath;
export const putServiceRoute = {
  method: 'PUT',
  path: '/services/{serviceId}',
  staff: true,
} as const satisfies RoutePath;
export const withdrawServiceRoute = {
  method: 'POST',
  path: '/services/{serviceId}/withdraw',
  staff: true,
} as const satisfies RoutePath;
export const getServiceRevisionRoute = {
  method: 'GET',
  path: '/services/{serviceId}/revision',
  staff: true,
} as const satisfies RoutePath;
export const listServiceChangesRoute = {
  method: 'GET',
  path: '/services/{serviceId}/history',
  staff: true,
} as const satisfies RoutePath;
export const submitFeedbackRoute = {
  method: 'POST',
  path: '/feedback',
} as const satisfies RoutePath;
export const getFeedbackStatusRoute = {
  method: 'GET',
  path: '/feedback/{statusToken}',
} as const satisfies RoutePath;
export const changeSubmissionStatusRoute = {
  method: 'POST',
  path: '/feedback/{reference}/status',
  staff: true,
} as const satisfies RoutePath;
export const publishCommentRoute = {
  method: 'POST',
  path: '/feedback/{reference}/publish',
  staff: true,
} as const satisfies RoutePath;
export const getParticipationStatsRoute = {
  method: 'GET',
  path: '/participation/stats',
  // All-time figures only: a static export cannot answer `from`/`to`.
  staticPaths: ['participation/stats/{institution}.json', 'participation/stats.json'],
} as const satisfies RoutePath;
export const getPublicationChecklistRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}',
  staticPaths: ['publication-checklists/{institutionId}/{period}.json'],
} as const satisfies RoutePath;
export const listPublicationPeriodsRoute = {
  method: 'GET',
  path: '/publication-checklists/{institutionId}/periods',
  staticPaths: ['publication-checklists/{institutionId}/periods.json'],
} as const satisfies RoutePath;
export const recordPublicationCheckRoute = {
  method: 'POST',
  path: '/publication-checks',
  staff: true,
} as const satisfies RoutePath;
export const getStaffMeRoute = { method: 'GET', path: '/staff/me', staff: true } as const satisfies RoutePath;
export const listStaffSubmissionsRoute = {
  method: 'GET',
  path: '/staff/submissions',
  staff: true,
} as const satisfies RoutePath;
export const exportStaffSubmissionsCsvRoute = {
  method: 'GET',
  path: '/staff/submissions.csv',
  staff: true,
} as const satisfies RoutePath;
export const getStaffSubmissionRoute = {
  method: 'GET',
  path: '/staff/submissions/{reference}',
  staff: true,
} as const satisfies RoutePath;
export const assignSubmissionRoute = {
  method: 'POST',
  path: '/staff/submissions/{reference}/assign',
  staff: true,
} as const satisfies RoutePath;
export const addSubmissionNoteRoute = {
  method: 'POST',
  path: '/staff/submissions/{reference}/notes',
  staff: true,
} as const satisfies RoutePath;
export const unpublishCommentRoute = {
  method: 'POST',
  path: '/staff/submissions/{reference}/unpublish',
  staff: true,
} as const satisfies RoutePath;
export const transferSubmissionRoute = {
  method: 'POST',
  path: '/staff/submissions/{reference}/transfer',
  staff: true,
} as const satisfies RoutePath;
export const releaseSubmissionRoute = {
  method: 'POST',
  path: '/staff/submissions/{reference}/release',
  staff: true,
} as const satisfies RoutePath;
export const listWebhookDeliveriesRoute = {
  method: 'GET',
  path: '/staff/webhook-deliveries',
  staff: true,
} as const satisfies RoutePath;
export const listOpportunitiesRoute = {
  method: 'GET',
  path: '/participation/opportunities',
  // Every opportunity in one file; the client filters.
  staticPaths: ['participation/opportunities.json'],
} as const satisfies RoutePath;
export const opportunitiesCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities.ics',
  // The whole feed; filters need the API.
  staticPaths: ['participation/opportunities.ics'],
} as const satisfies RoutePath;
export const opportunityCalendarRoute = {
  method: 'GET',
  path: '/participation/opportunities/{opportunityId}/calendar.ics',
  staticPaths: ['participation/opportunities/{opportunityId}/calendar.ics'],
} as const satisfies RoutePath;
export const createOpportunityRoute = {
  method: 'POST',
  path: '/participation/opportunities',
  staff: true,
} as const satisfies RoutePath;
export const updateOpportunityRoute = {
  method: 'POST',
  path: '/participation/opportunities/{opportunityId}',
  staff: true,
} as const satisfies RoutePath;
export const getCoCreationProcessRoute = {
  method: 'GET',
  path: '/cocreation/{processId}',
  staticPaths: ['cocreation/{processId}.json'],
} as const satisfies RoutePath;
export const recordResponseRoute = {
  method: 'POST',
  path: '/cocreation/contributions/{contributionId}/response',
  staff: true,
} as const satisfies RoutePath;
export const getOpenApiRoute = { method: 'GET', path: '/openapi.json' } as const satisfies RoutePath;

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
  getServiceRevision: getServiceRevisionRoute,
  listServiceChanges: listServiceChangesRoute,
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
} as const;

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
