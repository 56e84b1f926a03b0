// Story data for the co-creation blocks: the SDK's shipped files (seeds 000, 001 and 002, plus the labelled
// demonstration file whose opportunities and dates are invented to show the calendar), shaped the way the
// reference server answers `GET /participation/opportunities` and `GET /cocreation/{processId}`.
import {
  countResponses,
  createStaticClient,
  sortOpportunities,
  ServerError,
  type CoCreationProcessDetail,
  type HapurClient,
  type ImportFile,
  type OpportunityList,
  type ParticipationOpportunity,
} from '@hapur/sdk';
import real from '../../packages/sdk/data/cocreation.json' with { type: 'json' };
import demo from '../../packages/sdk/data/demo/cocreation-xk-2026-2030.json' with { type: 'json' };
import plan from '../../packages/sdk/data/xk-2026-2028.json' with { type: 'json' };

const realFile = real as unknown as ImportFile;
const institutions = [...(realFile.institutions ?? []), ...((plan as unknown as ImportFile).institutions ?? [])];
const items = sortOpportunities<ParticipationOpportunity>([
  ...(realFile.participationOpportunities ?? []),
  ...((demo as unknown as ImportFile).participationOpportunities ?? []).map((o) => ({ ...o, demonstration: true })),
]);
const named = (ids: (string | undefined)[]) => institutions.filter((i) => ids.includes(i.id));

export const opportunities: OpportunityList = {
  items,
  institutions: named(items.map((o) => o.organiserInstitutionId)),
};

/** The 2026–2030 Kosovo process: the six measures of the AMSHC meeting, each under consideration. */
export function processDetail(id = 'xk-ogp-2026-2030'): CoCreationProcessDetail {
  const process = realFile.cocreationProcesses!.find((p) => p.id === id)!;
  const own = items.filter((o) => o.processId === id);
  const contributions = (realFile.contributions ?? []).filter((c) => c.processId === id);
  return {
    ...process,
    opportunities: own,
    contributions,
    counts: countResponses(contributions),
    institutions: named([process.coordinatingInstitutionId, ...own.map((o) => o.organiserInstitutionId)]),
  };
}

const files = createStaticClient('https://data.example.org/hapur/');
type Reads = Pick<HapurClient, 'listOpportunities' | 'getCoCreationProcess' | 'calendarUrl'>;
const URL_ = 'https://api.example.org/api/v1/participation/opportunities';

/** Clients for the stories: answering, never answering (loading) and failing (error). */
export const clients: Record<'reader' | 'loading' | 'failing', Reads> = {
  reader: {
    listOpportunities: async () => opportunities,
    getCoCreationProcess: async (id) => processDetail(id),
    calendarUrl: (target) => files.calendarUrl(target),
  },
  loading: {
    listOpportunities: () => new Promise(() => undefined),
    getCoCreationProcess: () => new Promise(() => undefined),
    calendarUrl: () => undefined,
  },
  failing: {
    listOpportunities: () => Promise.reject(new ServerError({ status: 503, method: 'GET', url: URL_ })),
    getCoCreationProcess: () => Promise.reject(new ServerError({ status: 503, method: 'GET', url: URL_ })),
    calendarUrl: () => undefined,
  },
};
