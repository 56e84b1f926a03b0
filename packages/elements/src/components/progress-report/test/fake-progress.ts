import {
  createClient,
  PROGRESS_CHANGE_FIELDS,
  type ActionPlanDetail,
  type Milestone,
  type ProgressHistoryEntry,
  type ProgressUpdate,
  type StaffMe,
} from '@hapur/sdk';
import { applyProgress } from '@hapur/sdk/rules';
import { jsonResponse as json, problemResponse as problem } from '../../../internal/test/responses.js';

// An in-memory API for the progress report's tests and stories (invented plan, demonstration data), played
// through the real SDK client so the block sees the SDK's real errors, ETags and 304s.

export const PLAN_ID = 'xk-test-plan';
export const LEAD_TOKEN = 'test-progress-ministry';
export const COORDINATOR_TOKEN = 'test-progress-coordinator';
export const NOBODY_TOKEN = 'test-progress-nobody';
export const EXPIRED_TOKEN = 'test-progress-expired';
export const REVOKED_TOKEN = 'test-progress-revoked';

const DAY = 86_400_000;
const text = (sq: string, en: string) => ({ values: { sq, en }, source: 'sq' });
const due = (latest: string) => ({ text: latest, kind: 'date' as const, earliest: latest, latest });

function milestone(
  id: string,
  number: string,
  title: [string, string],
  lead: string,
  extra: Partial<Milestone> = {},
): Milestone {
  return {
    id,
    number,
    title: text(...title),
    expectedResults: [],
    due: due('2027-06-30'),
    leadInstitutionId: lead,
    supportingActors: [],
    status: 'planned',
    evidence: [],
    ...extra,
  };
}

/** Two commitments: the ministry leads the first whole and one milestone of the second. */
export function samplePlan(): ActionPlanDetail {
  return {
    id: PLAN_ID,
    country: 'XK',
    title: text('Plani i veprimit (shembull)', 'Action plan (example)'),
    period: { start: '2026', end: '2028' },
    status: 'in_implementation',
    sourceLanguage: 'sq',
    coordinatingInstitutionId: 'xk-coordinator',
    commitments: [
      {
        id: `${PLAN_ID}-c1`,
        number: '1',
        title: text('Buxheti i hapur', 'Open budget'),
        ogpValues: ['transparency'],
        leadInstitutionId: 'xk-ministry',
        supportingActors: [],
        milestones: [
          milestone(`${PLAN_ID}-c1-m1`, '1.1', ['Publikimi i buxhetit', 'Publish the budget'], 'xk-ministry', {
            status: 'on_track',
            completion: 'limited',
            progressPercent: 40,
          }),
          milestone(`${PLAN_ID}-c1-m2`, '1.2', ['Portali i të dhënave', 'The data portal'], 'xk-ministry'),
        ],
      },
      {
        id: `${PLAN_ID}-c2`,
        number: '2',
        title: text('Shërbime të qasshme', 'Accessible services'),
        ogpValues: ['civic_participation'],
        leadInstitutionId: 'xk-agency',
        supportingActors: [],
        milestones: [
          milestone(`${PLAN_ID}-c2-m1`, '2.1', ['Ligji për shërbimet', 'The services law'], 'xk-ministry'),
          milestone(`${PLAN_ID}-c2-m2`, '2.2', ['Regjistri i shërbimeve', 'The service register'], 'xk-agency'),
        ],
      },
    ],
    institutions: [],
  };
}

export interface FakeProgressOptions {
  /** Never answer the plan (the loading story). */
  pending?: boolean;
  /** Answer the plan with a 500 (the error story). */
  serverError?: boolean;
  /** Reports already in the log, oldest first, with who sent them. */
  log?: { update: ProgressUpdate; by?: string }[];
  /**
   * Play the browser's HTTP cache too: the server sends the plan with `Cache-Control: max-age=60`, so a plain
   * GET (no `If-None-Match`, default cache mode) is answered with the copy first received, as a browser does.
   */
  browserCache?: boolean;
}

const PEOPLE: Record<string, { me: Omit<StaffMe, 'expiresAt' | 'webhook'> } | 'expired' | 'revoked'> = {
  [LEAD_TOKEN]: {
    me: {
      name: 'Arta Berisha',
      institutionId: 'xk-ministry',
      institutionName: {
        values: { sq: 'Ministria e Financave', 'sr-Latn': 'Ministarstvo finansija', en: 'Ministry of Finance' },
      },
    },
  },
  [COORDINATOR_TOKEN]: {
    me: {
      name: 'Drita Krasniqi',
      institutionId: 'xk-coordinator',
      institutionName: {
        values: { sq: 'Zyra e koordinimit', 'sr-Latn': 'Kancelarija za koordinaciju', en: 'Coordination Office' },
      },
    },
  },
  [NOBODY_TOKEN]: { me: { name: 'Besa Gashi', institutionId: 'xk-other' } },
  [EXPIRED_TOKEN]: 'expired',
  [REVOKED_TOKEN]: 'revoked',
};

/** The fake API: `fetch` for an SDK client (or `window.fetch`), the requests it saw, and its plan. */
export function fakeProgress(options: FakeProgressOptions = {}) {
  const base = samplePlan();
  const log = [...(options.log ?? [])];
  const requests: { method: string; path: string; auth: string | null; body?: unknown }[] = [];
  let version = 1;
  let cached: { body: ActionPlanDetail; etag: string } | undefined;
  /** The plan with the log applied, as the server serves it. */
  const plan = (): ActionPlanDetail => ({
    ...base,
    commitments: base.commitments.map((c) => ({
      ...c,
      milestones: c.milestones.map((m) =>
        applyProgress(
          m,
          log.filter((e) => e.update.milestoneId === m.id).map((e) => e.update),
        ),
      ),
    })),
  });
  const mayReport = (institutionId: string, milestoneId: string) => {
    const c = base.commitments.find((x) => x.milestones.some((m) => m.id === milestoneId));
    const m = c?.milestones.find((x) => x.id === milestoneId);
    return !!m && [m.leadInstitutionId, c?.leadInstitutionId, base.coordinatingInstitutionId].includes(institutionId);
  };
  const history = (milestoneId: string): ProgressHistoryEntry[] => {
    const state: Record<string, unknown> = {};
    return log
      .filter((e) => e.update.milestoneId === milestoneId)
      .map(({ update, by }) => ({
        update,
        ...(by ? { by } : {}),
        changed: PROGRESS_CHANGE_FIELDS.filter((f) => {
          const value = update[f];
          if (value === undefined || (f === 'evidence' && update.evidence.length === 0)) return false;
          if (!['status', 'completion', 'progressPercent'].includes(f)) return true;
          const before = state[f];
          state[f] = value;
          return before !== value;
        }),
      }));
  };

  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const request = resource instanceof Request ? resource : new Request(resource, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/api\/v1/, '');
    const auth = request.headers.get('authorization');
    const body = request.method === 'POST' ? ((await request.json().catch(() => undefined)) as unknown) : undefined;
    requests.push({ method: request.method, path, auth, body });
    if (path === `/plans/${PLAN_ID}` && request.method === 'GET') {
      if (options.pending) return new Promise<Response>(() => undefined);
      if (options.serverError) return problem(500, 'internal');
      const conditional = request.headers.get('if-none-match');
      if (options.browserCache && cached && !conditional && request.cache === 'default')
        return json(cached.body, 200, { etag: cached.etag });
      const etag = `"plan-v${version}"`;
      if (conditional === etag) return new Response(null, { status: 304, headers: { etag } });
      const fresh = { body: plan(), etag };
      // A request that carries its own If-None-Match skips the browser's cache and does not store its answer
      // (fetch's "no-store" mode); a plain or `cache: 'reload'` read stores it.
      if (!conditional) cached = fresh;
      return json(fresh.body, 200, { etag });
    }
    const person = PEOPLE[auth?.replace(/^Bearer /, '') ?? ''];
    if (!person) return problem(401, 'unauthorized');
    if (person === 'expired') return problem(401, 'token_expired');
    if (person === 'revoked') return problem(401, 'token_revoked');
    const me: StaffMe = { ...person.me, expiresAt: new Date(Date.now() + 90 * DAY).toISOString(), webhook: false };
    if (path === '/staff/me') return json(me);
    const match = /^\/plans\/([^/]+)\/milestones\/([^/]+)\/progress$/.exec(path);
    if (!match || match[1] !== PLAN_ID) return problem(404, 'not_found');
    const milestoneId = match[2]!;
    if (!mayReport(me.institutionId, milestoneId)) return problem(403, 'forbidden');
    if (request.method === 'GET') return json({ items: history(milestoneId) });
    const input = body as Partial<ProgressUpdate> & { reportingDate?: string };
    // As the server: after today everywhere on Earth (UTC+14).
    if (input.reportingDate && input.reportingDate > new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10))
      return problem(422, 'reporting_date_in_future');
    // The plan's period starts in 2026, as the server compares (planPeriod: 2026-01-01).
    if (input.reportingDate && input.reportingDate < '2026-01-01') return problem(422, 'reporting_date_before_plan');
    const update = {
      ...input,
      id: `pu-${log.length + 1}`,
      planId: PLAN_ID,
      milestoneId,
      reportedAt: new Date().toISOString(),
      reportedBy: { institutionId: me.institutionId },
      source: 'self_report',
      evidence: input.evidence ?? [],
    } as ProgressUpdate;
    log.push({ update, by: me.name });
    version += 1;
    return json(update, 201);
  };
  /** A staff client over this fake API, as a page with its own sign-in would pass it. */
  const client = (token = LEAD_TOKEN) => createClient({ baseUrl: 'https://fake.example/api/v1/', token, fetch });
  return { fetch, requests, plan, log, client };
}
