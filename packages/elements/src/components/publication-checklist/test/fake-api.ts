// Test support for <hapur-publication-checklist>: the shipped example data and an in-memory API that
// behaves like the reference server's checklist routes (same summary and verdict rules from the SDK),
// reached through an injected `fetch`. Not part of the package's public API.
import {
  overallVerdict,
  PublicationCheckInputSchema,
  summarizeChecks,
  type Institution,
  type PublicationCheck,
  type PublicationCheckInput,
  type PublicationChecklist,
  type PublicationRequirement,
} from '@hapur/sdk';
import * as z from 'zod/mini';
import { jsonResponse as json, problemResponse as problem } from '../../../internal/test/responses.js';

export const API = '/api/v1';
const DATA = '/packages/sdk/data';

export interface ExampleData {
  institution: Institution;
  requirements: PublicationRequirement[];
  checks: PublicationCheck[];
}

let cached: Promise<ExampleData> | undefined;

/** The 14 example requirements of the Ministry of Finance and the 42 demonstration checks (2026-Q1..Q3). */
export function loadExampleData(): Promise<ExampleData> {
  cached ??= Promise.all([
    fetch(`${DATA}/examples/publication-requirements.json`).then((r) => r.json()),
    fetch(`${DATA}/demo/publication-checks.json`).then((r) => r.json()),
  ]).then(([req, chk]) => ({
    institution: (req as { institutions: Institution[] }).institutions[0]!,
    requirements: (req as { publicationRequirements: PublicationRequirement[] }).publicationRequirements,
    checks: (chk as { publicationChecks: PublicationCheck[] }).publicationChecks,
  }));
  return cached;
}

/** The checklist document the API returns for one quarter. */
export function checklistFor(data: ExampleData, period: string): PublicationChecklist {
  const checks = data.checks.filter((c) => c.period === period && c.institutionId === data.institution.id);
  return {
    institution: data.institution,
    period,
    requirements: data.requirements,
    checks,
    summary: summarizeChecks(checks, data.requirements),
  };
}

export interface FakeApi {
  fetch: typeof globalThis.fetch;
  /** Every accepted POST body, in order. */
  posted: PublicationCheckInput[];
  /** Request lines (`GET /api/v1/…`), in order. */
  calls: string[];
  /** Makes the next `n` POSTs fail with this status (500 = server error, 429 = too many, with Retry-After 600, 0 = network failure). */
  failNextPosts(n: number, status: number): void;
}

/**
 * An API over a copy of `data`. Staff `tokens` map a bearer token to the institution it may write for:
 * no/unknown token → 401, another institution → 403, invalid body → 422, otherwise the check is
 * stored with a derived `overall` and shows in later GETs (what the real server does).
 */
export function fakeChecklistApi(source: ExampleData, tokens: Record<string, string> = {}): FakeApi {
  const data: ExampleData = { ...source, checks: [...source.checks] };
  const api: FakeApi = {
    posted: [],
    calls: [],
    failNextPosts: () => undefined,
    fetch: undefined as unknown as typeof fetch,
  };
  let failures = 0;
  let failStatus = 500;
  let clock = Date.parse('2026-11-23T10:00:00Z');
  api.failNextPosts = (n, status) => {
    failures = n;
    failStatus = status;
  };
  api.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
    const url = new URL(request.url);
    api.calls.push(`${request.method} ${url.pathname}${url.search}`);
    const list = /^\/api\/v1\/publication-checklists\/([^/]+)(\/periods)?$/.exec(url.pathname);
    if (request.method === 'GET' && list) {
      if (decodeURIComponent(list[1]!) !== data.institution.id) return problem(404, 'not_found', 'Not Found');
      const periods = [...new Set(data.checks.map((c) => c.period))].sort();
      if (list[2])
        return json({ items: periods.map((period) => ({ period, summary: checklistFor(data, period).summary })) });
      return json(checklistFor(data, url.searchParams.get('period') ?? periods.at(-1) ?? '2026-Q4'));
    }
    if (request.method === 'POST' && url.pathname === `${API}/publication-checks`) {
      if (failures > 0) {
        failures -= 1;
        if (failStatus === 0) throw new TypeError('Failed to fetch');
        if (failStatus === 429) return problem(429, 'rate_limited', 'Too Many Requests', { 'retry-after': '600' });
        return problem(failStatus, 'server_error', 'Internal Server Error');
      }
      const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      const allowed = token === undefined ? undefined : tokens[token];
      if (!allowed) return problem(401, 'unauthorized', 'Unauthorized');
      const parsed = z.safeParse(PublicationCheckInputSchema, await request.json());
      if (!parsed.success) return problem(422, 'validation_failed', 'Unprocessable Content');
      const input = parsed.data;
      if (input.institutionId !== allowed) return problem(403, 'forbidden', 'Forbidden');
      const requirement = data.requirements.find((r) => r.id === input.requirementId);
      if (!requirement) return problem(422, 'validation_failed', 'Unprocessable Content');
      clock += 1000;
      const check = {
        id: `pc-${api.posted.length + 1}`,
        ...input,
        checkedAt: new Date(clock).toISOString(),
        overall: overallVerdict(input, requirement),
      } as PublicationCheck;
      data.checks.push(check);
      api.posted.push(input);
      return json(check, 201);
    }
    return problem(404, 'not_found', 'Not Found');
  };
  return api;
}

/**
 * The same requirements as a programme that asks for Albanian and recommends English, with no Serbian (as a country
 * with one official language would write them); its checks report on those two. Invented for tests and stories.
 */
export function albanianAndEnglish(data: ExampleData): ExampleData {
  return {
    ...data,
    requirements: data.requirements.map((r) => ({ ...r, requiredLanguages: ['sq'], recommendedLanguages: ['en'] })),
    checks: data.checks.map(({ languages: { sq, en }, ...c }) => ({
      ...c,
      languages: { ...(sq ? { sq } : {}), ...(en ? { en } : {}) },
    })),
  };
}

/** Example data with no checks at all (a new institution: the "no data yet" state). */
export function withoutChecks(data: ExampleData): ExampleData {
  return { ...data, checks: [] };
}

/**
 * Yields to the event loop without timers: Chromium throttles `setTimeout` in background tabs, and
 * wtr runs two test files at once (one of them in a background tab), so timer-based waits crawl.
 */
function tick(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Waits (up to 5 s) until `done()` holds, letting fetches and Lit updates run in between. */
export async function until(element: { updateComplete: Promise<unknown> }, done: () => boolean): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < 5000) {
    await element.updateComplete;
    if (done()) return;
    await tick();
  }
  throw new Error('until: the condition did not hold within 5 s');
}

/** Waits until the element shows its data, empty or error view (not loading, catalogue loaded). */
export function settled(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  return until(element, () => {
    const base = element.shadowRoot?.querySelector('[part="base"]');
    return base !== null && base !== undefined && !base.hasAttribute('aria-busy');
  });
}
