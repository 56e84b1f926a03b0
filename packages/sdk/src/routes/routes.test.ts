// Each client function requests the method and path its route-table entry names, in API mode and (for
// reads with a static file) in static mode; the table is complete and consistent with itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient, createStaticClient, type HapurStaffClient } from '../client/create-client.js';
import type * as z from 'zod/mini';
import { API_ROUTES, problemStatuses, type RouteInput, type RouteSpec } from './table.js';
import { ROUTE_PATHS, routeUrl, staticUrl, type RouteId, type RoutePath } from './paths.js';
import { routePathFiles } from './generate.js';

/** Endpoints with no client function: downloads, and the API's own description. */
const NO_CLIENT_FUNCTION: readonly RouteId[] = [
  'exportPlanCsv',
  'exportPlanXlsx',
  'exportPlanJson',
  'exportSelfAssessmentCsv',
  'getOpenApi',
  // Calendar files are linked (the client's `calendarUrl` builds the address without a request).
  'opportunitiesCalendar',
  'opportunityCalendar',
];

const reference = 'XK-2026-12345678';
const OPPORTUNITY = {
  kind: 'workshop',
  title: { values: { sq: 'Punëtori' } },
  organiserInstitutionId: 'xk-a',
  when: { kind: 'date', start: '2027-01-20' },
  status: 'upcoming',
};
/** Arguments for each client function, and the path and query values they name. */
const CALLS: {
  [
    K in Exclude<
      RouteId,
      | 'exportPlanCsv'
      | 'exportPlanXlsx'
      | 'exportPlanJson'
      | 'exportSelfAssessmentCsv'
      | 'getOpenApi'
      | 'opportunitiesCalendar'
      | 'opportunityCalendar'
    >
  ]: {
    args: unknown[];
    values: Record<string, string | number>;
  };
} = {
  listPlans: { args: [], values: {} },
  getPlan: { args: ['plan 1/ä'], values: { planId: 'plan 1/ä' } },
  getCommitment: { args: ['p', 3], values: { planId: 'p', number: '3' } },
  getSelfAssessment: { args: ['p'], values: { planId: 'p' } },
  listComments: { args: ['p', '1.2', { page: 2, pageSize: 5 }], values: { planId: 'p', number: '1.2' } },
  postProgressUpdate: {
    args: ['p', 'm-1', { status: 'on_track', narrative: { values: { sq: 'x' } } }],
    values: { planId: 'p', milestoneId: 'm-1' },
  },
  listServices: { args: [{ institution: 'xk-a' }], values: {} },
  getService: { args: ['s-1'], values: { serviceId: 's-1' } },
  listInstitutions: { args: [], values: {} },
  getServiceRevision: { args: ['s-1'], values: { serviceId: 's-1' } },
  listProgressHistory: { args: ['p', 'm-1'], values: { planId: 'p', milestoneId: 'm-1' } },
  putService: {
    args: [
      's-1',
      {
        identifier: 'S1',
        name: { values: { sq: 'Shërbimi' } },
        description: { values: { sq: 'Përshkrimi' } },
        competentAuthorityIds: ['xk-a'],
        channels: [],
        languages: ['sq'],
        status: 'active',
      },
      { etag: '"e1"' },
    ],
    values: { serviceId: 's-1' },
  },
  withdrawService: { args: ['s-1', {}, { etag: '"e1"' }], values: { serviceId: 's-1' } },
  reviewService: { args: ['s-1', { etag: '"e1"' }], values: { serviceId: 's-1' } },
  listServiceChanges: { args: ['s-1'], values: { serviceId: 's-1' } },
  submitFeedback: {
    args: [
      {
        type: 'feedback',
        subject: { planId: 'p', commitmentNumber: '1' },
        message: 'A message of some length.',
        language: 'en',
      },
    ],
    values: {},
  },
  getFeedbackStatus: { args: ['tok_en-1'], values: { statusToken: 'tok_en-1' } },
  changeSubmissionStatus: { args: [reference, { status: 'in_progress' }], values: { reference } },
  publishComment: { args: [reference], values: { reference } },
  getParticipationStats: { args: [{ institution: 'xk-a' }], values: { institution: 'xk-a' } },
  getPublicationChecklist: { args: ['xk-a', '2026-Q1'], values: { institutionId: 'xk-a', period: '2026-Q1' } },
  listPublicationPeriods: { args: ['xk-a'], values: { institutionId: 'xk-a' } },
  recordPublicationCheck: {
    args: [
      {
        requirementId: 'r-1',
        institutionId: 'xk-a',
        period: '2026-Q1',
        checkedBy: { kind: 'self_assessment' },
        published: 'yes',
        complete: 'yes',
        timely: 'partial',
        accessible: 'yes',
        languages: { sq: { available: 'yes' } },
      },
    ],
    values: {},
  },
  getStaffMe: { args: [], values: {} },
  listStaffSubmissions: { args: [{ status: 'open', overdue: true, page: 2 }], values: {} },
  getStaffSubmission: { args: [reference], values: { reference } },
  exportStaffSubmissionsCsv: { args: [{ type: 'feedback', page: 2, lang: 'sq' }], values: {} },
  assignSubmission: { args: [reference, { assignee: 'Arta' }], values: { reference } },
  addSubmissionNote: { args: [reference, { text: 'Called back.' }], values: { reference } },
  unpublishComment: { args: [reference, { reason: { values: { sq: 'Fyerje' } } }], values: { reference } },
  transferSubmission: {
    args: [reference, { institutionId: 'xk-b', note: { values: { sq: 'Kalon' } } }],
    values: { reference },
  },
  releaseSubmission: { args: [reference], values: { reference } },
  listWebhookDeliveries: { args: [], values: {} },
  listOpportunities: { args: [{ institution: 'xk-a', kind: 'workshop' }], values: {} },
  getCoCreationProcess: { args: ['xk-ogp-2026-2030'], values: { processId: 'xk-ogp-2026-2030' } },
  createOpportunity: { args: [OPPORTUNITY], values: {} },
  updateOpportunity: { args: ['o-1', OPPORTUNITY], values: { opportunityId: 'o-1' } },
  recordResponse: {
    args: ['c-1', { status: 'adopted', adoptedInto: [{ planId: 'p', commitmentNumber: '1' }] }],
    values: { contributionId: 'c-1' },
  },
};

// Type checks (compiled by `npx tsc -b packages/sdk`, never run): each client function returns what the
// table's output schema parses (a `list` route: its items), and each write takes what its input schema reads.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<K extends RouteId> = (typeof API_ROUTES)[K]['output'] extends { schema: infer S extends z.ZodMiniType }
  ? (typeof API_ROUTES)[K]['output'] extends { list: true }
    ? z.output<S>[]
    : z.output<S>
  : never;
type Returns<K extends keyof HapurStaffClient> = HapurStaffClient[K] extends (...a: never[]) => Promise<infer R>
  ? R
  : never;
type Agrees<K extends RouteId & keyof HapurStaffClient> = Equal<Returns<K>, Out<K>>;
export const OUTPUTS_AGREE: [
  Agrees<'listPlans'>,
  Agrees<'getPlan'>,
  Agrees<'getCommitment'>,
  Agrees<'postProgressUpdate'>,
  Agrees<'listServices'>,
  Agrees<'getService'>,
  Agrees<'listInstitutions'>,
  Agrees<'submitFeedback'>,
  Agrees<'getFeedbackStatus'>,
  Agrees<'changeSubmissionStatus'>,
  Agrees<'publishComment'>,
  Agrees<'getParticipationStats'>,
  Agrees<'getPublicationChecklist'>,
  Agrees<'recordPublicationCheck'>,
  Agrees<'getStaffMe'>,
  Agrees<'listStaffSubmissions'>,
  Agrees<'getStaffSubmission'>,
  Agrees<'assignSubmission'>,
  Agrees<'addSubmissionNote'>,
  Agrees<'unpublishComment'>,
  Agrees<'transferSubmission'>,
  Agrees<'releaseSubmission'>,
  Agrees<'listWebhookDeliveries'>,
  Agrees<'listOpportunities'>,
  Agrees<'getCoCreationProcess'>,
  Agrees<'createOpportunity'>,
  Agrees<'updateOpportunity'>,
  Agrees<'recordResponse'>,
  Agrees<'getServiceRevision'>,
  Agrees<'listProgressHistory'>,
  Agrees<'putService'>,
  Agrees<'withdrawService'>,
  Agrees<'reviewService'>,
  Agrees<'listServiceChanges'>,
] = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
export const INPUTS_AGREE: [
  Equal<Parameters<HapurStaffClient['submitFeedback']>[0], RouteInput<'submitFeedback'>>,
  Equal<
    Parameters<HapurStaffClient['postProgressUpdate']>[2],
    z.input<(typeof API_ROUTES)['postProgressUpdate']['input']>
  >,
  Equal<Parameters<HapurStaffClient['changeSubmissionStatus']>[1], RouteInput<'changeSubmissionStatus'>>,
  Equal<
    Parameters<HapurStaffClient['recordPublicationCheck']>[0],
    z.input<(typeof API_ROUTES)['recordPublicationCheck']['input']>
  >,
  Equal<Parameters<HapurStaffClient['assignSubmission']>[1], z.input<(typeof API_ROUTES)['assignSubmission']['input']>>,
  Equal<
    Parameters<HapurStaffClient['addSubmissionNote']>[1],
    z.input<(typeof API_ROUTES)['addSubmissionNote']['input']>
  >,
  Equal<Parameters<HapurStaffClient['unpublishComment']>[1], z.input<(typeof API_ROUTES)['unpublishComment']['input']>>,
  Equal<
    Parameters<HapurStaffClient['transferSubmission']>[1],
    z.input<(typeof API_ROUTES)['transferSubmission']['input']>
  >,
  Equal<
    Parameters<HapurStaffClient['createOpportunity']>[0],
    z.input<(typeof API_ROUTES)['createOpportunity']['input']>
  >,
  Equal<Parameters<HapurStaffClient['recordResponse']>[1], z.input<(typeof API_ROUTES)['recordResponse']['input']>>,
  Equal<Parameters<HapurStaffClient['putService']>[1], z.input<(typeof API_ROUTES)['putService']['input']>>,
  Equal<Parameters<HapurStaffClient['withdrawService']>[1], z.input<(typeof API_ROUTES)['withdrawService']['input']>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];

/** A fetch that records each request and answers 404, so every call ends after one request. */
function recorder() {
  const seen: { method: string; url: URL; auth: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push({ method: request.method, url: new URL(request.url), auth: request.headers.get('authorization') });
    return new Response(JSON.stringify({ status: 404, title: 'Not found' }), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}

const call = (client: unknown, id: RouteId, args: unknown[]) =>
  (client as Record<string, (...a: unknown[]) => Promise<unknown>>)[id]!(...args).catch(() => undefined);

describe('route table', () => {
  it('has one entry per route id, named by its id, and a client function for every route but the downloads', () => {
    assert.deepEqual(Object.keys(API_ROUTES), Object.keys(ROUTE_PATHS));
    for (const [id, route] of Object.entries(API_ROUTES) as [string, RouteSpec][]) {
      assert.equal(route.id, id);
      const { method, path, staticPaths, staff } = ROUTE_PATHS[id as RouteId] as RoutePath;
      assert.deepEqual([route.method, route.path, route.staticPaths, route.staff], [method, path, staticPaths, staff]);
    }
    const withClient = (Object.keys(ROUTE_PATHS) as RouteId[]).filter((id) => !NO_CLIENT_FUNCTION.includes(id));
    assert.deepEqual(Object.keys(CALLS).sort(), withClient.sort());
    const client = createClient({ baseUrl: 'http://api.test/api/v1', token: 't' }) as HapurStaffClient;
    for (const id of withClient)
      assert.equal(typeof (client as unknown as Record<string, unknown>)[id], 'function', id);
  });

  it('its generated path constants are up to date (run `npm run routes:build -w @hapur/sdk`)', async () => {
    for (const [name, expected] of Object.entries(await routePathFiles())) {
      const committed = readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');
      assert.equal(committed, expected, `${name} is stale: run npm run routes:build -w @hapur/sdk`);
    }
  });

  it('a client has the function of every public route; only one created with a token has the staff routes too', () => {
    const clients = {
      public: createClient({ baseUrl: 'http://api.test/api/v1' }),
      static: createStaticClient('http://api.test/data/'),
      staff: createClient({ baseUrl: 'http://api.test/api/v1', token: 't' }),
    };
    for (const id of Object.keys(CALLS) as RouteId[]) {
      const staffOnly = 'staff' in ROUTE_PATHS[id];
      for (const [kind, client] of Object.entries(clients)) {
        const has = typeof (client as unknown as Record<string, unknown>)[id] === 'function';
        assert.equal(has, kind === 'staff' || !staffOnly, `${kind} client, ${id}`);
      }
    }
  });

  it('every client function requests its route: method, path, staff token as the table says', async () => {
    for (const [id, { args, values }] of Object.entries(CALLS) as [RouteId, (typeof CALLS)['getPlan']][]) {
      const { seen, fetch } = recorder();
      const client = createClient({ baseUrl: 'http://api.test/api/v1', token: 't', fetch, retry: 0 });
      await call(client, id, args);
      const route = ROUTE_PATHS[id];
      assert.equal(seen.length, 1, `${id} sent one request`);
      assert.equal(seen[0]!.method, route.method, id);
      assert.equal(seen[0]!.url.pathname, `/api/v1/${routeUrl(route, values as never)}`, id);
      assert.equal(seen[0]!.auth, 'staff' in route ? 'Bearer t' : null, `${id} sends the token only to staff routes`);
    }
  });

  it('client.staff names the inbox functions of the client (same requests)', async () => {
    const { seen, fetch } = recorder();
    const client = createClient({ baseUrl: 'http://api.test/api/v1', token: 't', fetch, retry: 0 });
    const pairs: [keyof HapurStaffClient['staff'], RouteId][] = [
      ['me', 'getStaffMe'],
      ['listSubmissions', 'listStaffSubmissions'],
      ['exportCsv', 'exportStaffSubmissionsCsv'],
      ['getSubmission', 'getStaffSubmission'],
      ['changeStatus', 'changeSubmissionStatus'],
      ['assign', 'assignSubmission'],
      ['addNote', 'addSubmissionNote'],
      ['publish', 'publishComment'],
      ['unpublish', 'unpublishComment'],
      ['transfer', 'transferSubmission'],
      ['release', 'releaseSubmission'],
      ['institutions', 'listInstitutions'],
      ['listWebhookDeliveries', 'listWebhookDeliveries'],
    ];
    assert.deepEqual(Object.keys(client.staff).sort(), pairs.map(([short]) => short).sort());
    for (const [short, id] of pairs) {
      await call(client.staff, short as RouteId, CALLS[id as keyof typeof CALLS].args);
      const last = seen.at(-1)!;
      assert.equal(
        `${last.method} ${last.url.pathname}`,
        `${ROUTE_PATHS[id].method} /api/v1/${routeUrl(ROUTE_PATHS[id], CALLS[id as keyof typeof CALLS].values as never)}`,
        short,
      );
    }
    const query = new URL(seen[1]!.url).searchParams;
    assert.deepEqual(Object.fromEntries(query), { status: 'open', overdue: 'true', page: '2' });
    // The CSV: the filters and the names' language, never a page (it holds every page).
    assert.deepEqual(Object.fromEntries(new URL(seen[2]!.url).searchParams), { type: 'feedback', lang: 'sq' });
  });

  it('in static mode, every read with a static file reads the file the table names', async () => {
    for (const [id, { args, values }] of Object.entries(CALLS) as [RouteId, (typeof CALLS)['getPlan']][]) {
      const route = ROUTE_PATHS[id];
      const file = staticUrl(route, values);
      if (route.method !== 'GET' || file === undefined) continue;
      const { seen, fetch } = recorder();
      const client = createClient({ staticBaseUrl: 'http://files.test/data/', fetch, retry: 0 });
      await call(client, id, args);
      assert.equal(seen[0]?.url.pathname, `/data/${file}`, id);
    }
  });

  it('the API guide (docs/api.md) names every route of the table', () => {
    const guide = readFileSync(fileURLToPath(new URL('../../../../docs/api.md', import.meta.url)), 'utf8');
    const missing = (Object.values(API_ROUTES) as RouteSpec[])
      .map((r) => `${r.method} ${r.path}`)
      .filter((route) => !guide.includes(route));
    assert.deepEqual(missing, [], 'routes docs/api.md does not mention');
  });

  it('documents every path parameter and the problems each kind of route answers', () => {
    for (const route of Object.values(API_ROUTES) as RouteSpec[]) {
      const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      assert.deepEqual(Object.keys(route.pathParams).sort(), names.sort(), route.id);
      const problems = problemStatuses(route);
      if (route.staff) assert.ok(problems.includes(401), route.id);
      if (route.input) assert.ok(problems.includes(400), route.id);
    }
  });
});
