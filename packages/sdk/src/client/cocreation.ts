import {
  CoCreationProcessDetailSchema,
  ContributionSchema,
  OpportunityInputSchema,
  OpportunityListSchema,
  ParticipationOpportunitySchema,
  ResponseInputSchema,
  type CoCreationProcessDetail,
  type Contribution,
  type OpportunityInput,
  type OpportunityList,
  type ParticipationOpportunity,
  type ResponseInput,
} from '../schemas/cocreation.js';
import {
  createOpportunityRoute,
  getCoCreationProcessRoute,
  listOpportunitiesRoute,
  opportunitiesCalendarRoute,
  opportunityCalendarRoute,
  recordResponseRoute,
  routeUrl,
  staticUrl,
  updateOpportunityRoute,
} from '../routes/paths.js';
import { filterOpportunities, sortOpportunities, type OpportunityFilter } from '../rules/cocreation.js';
import { negotiateLanguage } from '../i18n/localized-text.js';
import type { Core } from './core.js';
import type { CallOptions, WriteOptions } from './options.js';

export type { OpportunityFilter };

/**
 * `GET /participation/opportunities?institution=&process=&from=&to=&kind=&status=`: open and upcoming
 * first. A static export holds every opportunity in one file; the same rule filters and orders it here.
 */
export async function listOpportunities(
  core: Core,
  filter: OpportunityFilter = {},
  options?: CallOptions,
): Promise<OpportunityList> {
  const route = {
    path: routeUrl(listOpportunitiesRoute, {}),
    query: { ...filter },
    staticPath: staticUrl(listOpportunitiesRoute, {}),
  };
  const list = await core.read('listOpportunities', route, OpportunityListSchema, options);
  const items = sortOpportunities(filterOpportunities(list.items, filter));
  const named = new Set(items.map((o) => o.organiserInstitutionId));
  return { items, institutions: list.institutions.filter((i) => named.has(i.id)) };
}

/** `GET /cocreation/{processId}`: the process, its opportunities, contributions with responses, and counts. */
export async function getCoCreationProcess(
  core: Core,
  processId: string,
  options?: CallOptions,
): Promise<CoCreationProcessDetail> {
  const route = {
    path: routeUrl(getCoCreationProcessRoute, { processId }),
    staticPath: staticUrl(getCoCreationProcessRoute, { processId }),
  };
  return core.read('getCoCreationProcess', route, CoCreationProcessDetailSchema, options);
}

/**
 * The address of a calendar file, for a link: one opportunity (`{ opportunityId }`) or the feed of a
 * filter; `lang` asks the API for the texts in that language. A static export has the whole feed and one
 * file per dated opportunity, each in every UI language (`calendar.sr-Latn.ics`; a link takes the UI language
 * `negotiateLanguage` finds in `lang`, as the API words it: `sr-latn`, `sr` → `sr-Latn`, `en-GB` → `en`) and as the
 * API answers without `lang` (`calendar.ics`, each opportunity in the language it is written in; for a `lang` no UI
 * language serves, `mk`); filters need the API.
 */
export function calendarUrl(
  core: Core,
  target: ({ opportunityId: string } | OpportunityFilter) & { lang?: string },
): string | undefined {
  const { lang, ...rest } = target;
  // The static export's file in the UI language the API answers `lang` in (`sr-latn`, `en-GB`), when there is one.
  const file = { lang: (lang && negotiateLanguage(lang, null)) || undefined };
  if ('opportunityId' in rest && rest.opportunityId !== undefined) {
    const values = { opportunityId: rest.opportunityId };
    return core.href({
      path: routeUrl(opportunityCalendarRoute, values),
      query: { lang },
      staticPath: staticUrl(opportunityCalendarRoute, { ...values, ...file }),
    });
  }
  const filter = rest as OpportunityFilter;
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');
  return core.href({
    path: routeUrl(opportunitiesCalendarRoute, {}),
    query: { ...filter, lang },
    staticPath: filtered ? undefined : staticUrl(opportunitiesCalendarRoute, file),
  });
}

/** `POST /participation/opportunities` (staff): publish an opportunity of the token's institution. */
export async function createOpportunity(
  core: Core,
  input: OpportunityInput,
  options?: WriteOptions,
): Promise<ParticipationOpportunity> {
  return core.write(
    'createOpportunity',
    {
      path: routeUrl(createOpportunityRoute, {}),
      staff: createOpportunityRoute.staff,
      input: { schema: OpportunityInputSchema, value: input },
    },
    ParticipationOpportunitySchema,
    options,
  );
}

/** `POST /participation/opportunities/{opportunityId}` (staff): replace it (new dates, status, report…). */
export async function updateOpportunity(
  core: Core,
  opportunityId: string,
  input: OpportunityInput,
  options?: WriteOptions,
): Promise<ParticipationOpportunity> {
  return core.write(
    'updateOpportunity',
    {
      path: routeUrl(updateOpportunityRoute, { opportunityId }),
      staff: updateOpportunityRoute.staff,
      input: { schema: OpportunityInputSchema, value: input },
    },
    ParticipationOpportunitySchema,
    options,
  );
}

/** `POST /cocreation/contributions/{contributionId}/response` (staff): the reasoned response → the contribution. */
export async function recordResponse(
  core: Core,
  contributionId: string,
  input: ResponseInput,
  options?: WriteOptions,
): Promise<Contribution> {
  return core.write(
    'recordResponse',
    {
      path: routeUrl(recordResponseRoute, { contributionId }),
      staff: recordResponseRoute.staff,
      input: { schema: ResponseInputSchema, value: input },
    },
    ContributionSchema,
    options,
  );
}
