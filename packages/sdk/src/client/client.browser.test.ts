/// <reference types="mocha" />
// The SDK client in Chromium (wtr --group sdk): ky, fetch, Request/Response, AbortSignal and crypto as the
// browser provides them. Data is the repository's example services, read from wtr's dev server.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { NotFoundError, ReadOnlyError, ResponseShapeError, isNotFoundError } from '../errors/index.js';
import type { PublicService } from '../schemas/index.js';
import { createClient, createStaticClient } from './create-client.js';
import { loadDocument } from './load-document.js';

const ServicesFile = z.object({ services: z.array(z.object({ id: z.string() })) });
const DATA_URL = '/packages/sdk/data/examples/services.json';

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A fetch that answers from a map of URL paths, and records what it was asked. */
function fakeFetch(answer: (path: string, request: Request) => Response): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    seen.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.clone().text(),
    });
    await new Promise((r) => setTimeout(r, 10));
    return answer(new URL(request.url).pathname, request);
  };
  return { fetch: fetchImpl, seen };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('@hapur/sdk client in Chromium', () => {
  let services: PublicService[] = [];

  before(async () => {
    // A real browser fetch through loadDocument; the file is checked loosely here, fully by the client below.
    const file = await loadDocument(DATA_URL, ServicesFile);
    expect(file.services.length).to.be.greaterThan(0);
    const raw = (await (await fetch(DATA_URL)).json()) as { services: PublicService[] };
    services = raw.services;
  });

  it('loadDocument reports a missing file as NotFoundError', async () => {
    const error = await loadDocument('/packages/sdk/data/examples/missing.json', ServicesFile).catch((e: unknown) => e);
    expect(isNotFoundError(error)).to.equal(true);
  });

  it('reads services from a static export at a relative URL and filters them client-side', async () => {
    const { fetch, seen } = fakeFetch((path) => {
      if (path === '/hapur-data/services/index.json') return json({ items: services });
      const one = services.find((s) => path === `/hapur-data/services/${s.id}.json`);
      return one ? json(one) : json({}, 404);
    });
    const client = createStaticClient('/hapur-data/', { fetch, locale: 'sr-Latn' });
    const found = await client.listServices({ institution: 'xk-mf' });
    expect(found.map((s) => s.id)).to.deep.equal(['example-mf-tax-clearance']);
    const one = await client.getService('example-birth-certificate');
    expect(one.name.values['sr-Latn']).to.equal(
      services.find((s) => s.id === 'example-birth-certificate')?.name.values['sr-Latn'],
    );
    expect(seen[0]?.url).to.equal(`${location.origin}/hapur-data/services/index.json`);
    expect(seen[0]?.headers.get('accept-language')).to.equal('sr-Latn');
    const write = await client
      .submitFeedback({
        type: 'feedback',
        subject: { topic: 'Orari' },
        message: 'Orari i punës mungon.',
        language: 'sq',
      })
      .catch((e: unknown) => e);
    expect(write).to.be.instanceOf(ReadOnlyError);
  });

  it('shares one request between two elements asking for the same service', async () => {
    const service = services[0];
    const { fetch, seen } = fakeFetch(() => json(service));
    const client = createClient({ baseUrl: 'https://api.example.org/api/v1', fetch });
    const [a, b] = await Promise.all([client.getService(service?.id ?? ''), client.getService(service?.id ?? '')]);
    expect(seen.length).to.equal(1);
    expect(a).to.deep.equal(b);
  });

  it('maps a problem+json 404 to NotFoundError and a bad body to ResponseShapeError naming the path', async () => {
    const { fetch } = fakeFetch((path) =>
      path.endsWith('/nope')
        ? json({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404, {
            'content-type': 'application/problem+json',
          })
        : json({ ...services[0], languages: 'sq' }),
    );
    const client = createClient({ baseUrl: 'https://api.example.org/api/v1', fetch, retry: 0 });
    const missing = await client.getService('nope').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(NotFoundError);
    expect((missing as NotFoundError).message).to.equal(
      'Request failed with 404 Not Found (not_found): GET /api/v1/services/nope',
    );
    const bad = await client.getService('example-birth-certificate').catch((e: unknown) => e);
    expect(bad).to.be.instanceOf(ResponseShapeError);
    expect((bad as ResponseShapeError).issues[0]?.path).to.equal('languages');
  });

  it('retries a feedback POST after a 503 with the same Idempotency-Key', async () => {
    const receipt = {
      reference: 'HP-2026-000123',
      statusToken: 'Zx81kQp0LmN3vB7yT2wE5rU9',
      status: 'received',
      submittedAt: '2026-11-23T12:00:00Z',
    };
    let calls = 0;
    const { fetch, seen } = fakeFetch(() => (++calls === 1 ? json({}, 503) : json(receipt, 201)));
    const client = createClient({
      baseUrl: 'https://api.example.org/api/v1',
      fetch,
      retry: { limit: 2, baseDelayMs: 5 },
    });
    const result = await client.submitFeedback({
      type: 'proposal',
      subject: { serviceId: 'example-birth-certificate' },
      message: 'Please allow ordering online.',
      language: 'en',
    });
    expect(result.reference).to.equal('HP-2026-000123');
    expect(seen.length).to.equal(2);
    expect(seen[0]?.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
    expect(seen[1]?.headers.get('idempotency-key')).to.equal(seen[0]?.headers.get('idempotency-key'));
  });
});
