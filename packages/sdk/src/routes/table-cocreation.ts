import * as cocreation from '../schemas/cocreation.js';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../rules/cocreation.js';
import { created, none, spec, type ParamDoc } from './route-doc.js';

const opportunityId: ParamDoc = { description: 'Opportunity id' };
const date: ParamDoc = { description: 'YYYY-MM-DD, inclusive', schema: { type: 'string', format: 'date' } };
const opportunityFilter = {
  institution: { description: 'Organiser institution id' },
  process: { description: 'Co-creation process id' },
  from: date,
  to: date,
  kind: { description: 'Kind of opportunity', schema: { type: 'string', enum: [...OPPORTUNITY_KINDS] } },
  status: { description: 'Status', schema: { type: 'string', enum: [...OPPORTUNITY_STATUSES] } },
} as const;
const calendar = { 'text/calendar': { type: 'string' } } as const;
const calendarLang: ParamDoc = {
  description:
    'Language of the texts and words (BCP 47 in any letter case; 400 invalid_query when it is not one, or bare sr: name the script). Without it, each opportunity is in the language it is written in',
};

/** Co-creation: opportunities, their calendar files, processes and reasoned responses. */
export const COCREATION_ROUTES = {
  listOpportunities: /* @__PURE__ */ spec('listOpportunities', {
    method: 'GET',
    path: '/participation/opportunities',
    // Every opportunity in one file; the client filters.
    staticPaths: ['participation/opportunities.json'],
    summary: 'Participation opportunities: open and upcoming first (institution, process, from, to, kind, status).',
    pathParams: none,
    queryParams: opportunityFilter,
    output: { schema: cocreation.OpportunityListSchema },
    problems: [400],
  }),
  opportunitiesCalendar: /* @__PURE__ */ spec('opportunitiesCalendar', {
    method: 'GET',
    path: '/participation/opportunities.ics',
    // The whole feed, a file per UI language and one in the API's default; filters need the API.
    staticPaths: ['participation/opportunities.{lang}.ics', 'participation/opportunities.ics'],
    summary: 'The same opportunities as an iCalendar feed (RFC 5545); undated ones are left out.',
    pathParams: none,
    queryParams: { ...opportunityFilter, lang: calendarLang },
    output: { description: 'iCalendar feed', content: calendar },
    problems: [400],
  }),
  opportunityCalendar: /* @__PURE__ */ spec('opportunityCalendar', {
    method: 'GET',
    path: '/participation/opportunities/{opportunityId}/calendar.ics',
    staticPaths: [
      'participation/opportunities/{opportunityId}/calendar.{lang}.ics',
      'participation/opportunities/{opportunityId}/calendar.ics',
    ],
    summary: 'One opportunity as an iCalendar file, to add to a calendar.',
    pathParams: { opportunityId },
    queryParams: { lang: calendarLang },
    output: { description: 'iCalendar file with one event', content: calendar },
    problems: [404],
  }),
  createOpportunity: /* @__PURE__ */ spec('createOpportunity', {
    method: 'POST',
    path: '/participation/opportunities',
    staff: true,
    summary: "Publish a participation opportunity of the token's institution.",
    pathParams: none,
    queryParams: none,
    input: cocreation.OpportunityInputSchema,
    output: created('Created', cocreation.ParticipationOpportunitySchema),
    problems: [403, 404, 409],
  }),
  updateOpportunity: /* @__PURE__ */ spec('updateOpportunity', {
    method: 'POST',
    path: '/participation/opportunities/{opportunityId}',
    staff: true,
    summary: 'Replace a participation opportunity (dates, status, report…).',
    pathParams: { opportunityId },
    queryParams: none,
    input: cocreation.OpportunityInputSchema,
    output: { schema: cocreation.ParticipationOpportunitySchema },
    problems: [403, 404],
  }),
  getCoCreationProcess: /* @__PURE__ */ spec('getCoCreationProcess', {
    method: 'GET',
    path: '/cocreation/{processId}',
    staticPaths: ['cocreation/{processId}.json'],
    summary: 'A co-creation process: its opportunities, contributions, reasoned responses and counts.',
    pathParams: { processId: { description: 'Co-creation process id, e.g. xk-ogp-2026-2030' } },
    queryParams: none,
    output: { schema: cocreation.CoCreationProcessDetailSchema },
    problems: [404],
  }),
  recordResponse: /* @__PURE__ */ spec('recordResponse', {
    method: 'POST',
    path: '/cocreation/contributions/{contributionId}/response',
    staff: true,
    summary: 'Record the reasoned response to a contribution (a reason is required when not adopted).',
    pathParams: { contributionId: { description: 'Contribution id' } },
    queryParams: none,
    input: cocreation.ResponseInputSchema,
    output: { schema: cocreation.ContributionSchema },
    problems: [403, 404],
  }),
};
