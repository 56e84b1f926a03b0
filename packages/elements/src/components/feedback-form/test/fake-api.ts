import { createClient } from '@hapur/sdk';
import type { FeedbackClient } from '../feedback-form.types.js';

/** How the fake server answers the next POST /feedback. */
export type FakeMode = 'ok' | 'offline' | 'server-error' | 'rate-limited' | 'invalid' | 'refused';

export interface RecordedPost {
  key: string | null;
  body: Record<string, unknown>;
  /** Whether this attempt got a 201. */
  accepted: boolean;
}

const BASE = 'https://api.test/api/v1';

/**
 * A fetch that plays the Hapur API's POST /feedback (with idempotency: a repeated key gets the first
 * receipt), used through the real SDK client so elements see the SDK's real error classes.
 * @internal
 */
export function fakeApi(initial: FakeMode = 'ok') {
  const posts: RecordedPost[] = [];
  const receipts = new Map<string, unknown>();
  const state = { mode: initial, retryAfter: '30' };
  const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
    new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
      status,
      headers: {
        'content-type': 'application/problem+json',
        ...(status === 429 ? { 'retry-after': state.retryAfter } : {}),
      },
    });
  const fetchImpl: typeof fetch = async (resource, init) => {
    const request = resource instanceof Request ? resource : new Request(resource, init);
    if (request.method !== 'POST') return problem(404, 'not_found');
    const body = (await request.json()) as Record<string, unknown>;
    const key = request.headers.get('idempotency-key');
    const record: RecordedPost = { key, body, accepted: false };
    posts.push(record);
    if (state.mode === 'offline') throw new TypeError('Failed to fetch');
    if (state.mode === 'server-error') return problem(503, 'unavailable');
    if (state.mode === 'rate-limited') return problem(429, 'rate_limited');
    if (state.mode === 'refused') return problem(409, 'conflict', { requestId: 'req-4c1d9e' });
    if (state.mode === 'invalid')
      return problem(422, 'invalid_input', { errors: [{ path: 'message', code: 'min_chars', message: 'Too short' }] });
    record.accepted = true;
    const existing = key ? receipts.get(key) : undefined;
    const receipt = existing ?? {
      reference: `HP-2026-${String(100001 + receipts.size)}`,
      statusToken: `tok_${String(receipts.size).padStart(20, 'x')}`,
      status: 'received',
      submittedAt: '2026-03-02T09:00:00Z',
      respondBy: '2026-04-01T09:00:00Z',
    };
    if (key) receipts.set(key, receipt);
    return new Response(JSON.stringify(receipt), { status: 201, headers: { 'content-type': 'application/json' } });
  };
  const client: FeedbackClient = createClient({ baseUrl: BASE, fetch: fetchImpl, retry: 0 });
  return { client, posts, state, accepted: () => posts.filter((p) => p.accepted) };
}

/** A JSON response (problem details when `status` ≥ 400). */
export function json(body: unknown, status = 200): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/**
 * The real SDK client over a fetch that answers GETs from `routes` (path after `/api/v1`, query
 * included when given), 404 problem otherwise; `calls` records every path asked for.
 * @internal
 */
export function fakeReads(routes: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (resource, init) => {
    const request = resource instanceof Request ? resource : new Request(resource, init);
    const url = new URL(request.url);
    const path = url.pathname.replace('/api/v1', '');
    calls.push(path + url.search);
    const route = routes[path + url.search] ?? routes[path];
    if (route) return route();
    return json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404);
  };
  const client: FeedbackClient = createClient({ baseUrl: BASE, fetch: fetchImpl, retry: 0 });
  return { client, calls };
}
