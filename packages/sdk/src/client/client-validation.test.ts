import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  InputValidationError,
  NetworkError,
  NotFoundError,
  ResponseShapeError,
  TimeoutError,
} from '../errors/index.js';
import { createCore } from './core.js';
import { createClient } from './create-client.js';
import { loadDocument } from './load-document.js';
import { alPlan, clone, services, xkCommitment3 } from './test/fixtures.js';
import { startLoopback, type Loopback } from './test/loopback.js';

describe('validation of what is sent and what comes back', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('a plan whose data breaks the schema deep down is a ResponseShapeError naming the exact path', async () => {
    const broken = clone(alPlan);
    const target = broken.commitments[2];
    assert.ok(target);
    target.milestones = [
      {
        ...clone(xkCommitment3.milestones[0]!),
        due: { ...xkCommitment3.milestones[0]!.due, text: 42 as unknown as string },
      },
    ];
    server.route('GET', `/api/v1/plans/${alPlan.id}`, () => ({ body: broken }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const error = await client.getPlan(alPlan.id).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.issues[0]?.path, 'commitments[2].milestones[0].due.text');
    assert.equal(
      error.message,
      `Unexpected data from /api/v1/plans/${alPlan.id} at commitments[2].milestones[0].due.text (invalid_type)`,
    );
  });

  it('a valid commitment parses, with its parsed dates', async () => {
    server.route('GET', `/api/v1/plans/xk-2026-2028/commitments/3`, () => ({ body: xkCommitment3 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const commitment = await client.getCommitment('xk-2026-2028', 3);
    assert.equal(commitment.milestones[0]?.due.text, xkCommitment3.milestones[0]?.due.text);
  });

  it('a 2xx body that is not JSON is a ResponseShapeError, not a SyntaxError', async () => {
    server.route('GET', '/api/v1/services', () => ({ body: '<html>maintenance</html>' }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const error = await client.listServices().catch((e: unknown) => e);
    assert.ok(error instanceof ResponseShapeError);
    assert.equal(error.issues[0]?.code, 'invalid_json');
  });

  it('invalid feedback is refused before sending: InputValidationError with field paths, no request made', async () => {
    server.route('POST', '/api/v1/feedback', () => ({ status: 500 }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const before = server.seen.length;
    const input = {
      type: 'feedback',
      subject: { serviceId: 'example-birth-certificate' },
      message: 'short',
      language: 'sq',
      contact: { email: 'a@b.example' },
    } as const;
    const error = await client.submitFeedback(input).catch((e: unknown) => e);
    assert.ok(error instanceof InputValidationError);
    assert.equal(error.source, 'client');
    const fields = error.fieldErrors();
    assert.ok('message' in fields, JSON.stringify(fields));
    assert.ok('consent' in fields, 'contact without consent is refused');
    assert.doesNotMatch(error.message, /a@b\.example|short/, 'the message never repeats what the person typed');
    assert.equal(server.seen.length, before, 'nothing was sent');
  });

  it('bad paging and a bad period are refused before sending', async () => {
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const before = server.seen.length;
    await assert.rejects(client.listComments(alPlan.id, 3, { pageSize: 500 }), InputValidationError);
    await assert.rejects(client.getPublicationChecklist('xk-aip', '2026-Q5'), InputValidationError);
    await assert.rejects(client.getCommitment(alPlan.id, '../3'), InputValidationError);
    assert.equal(server.seen.length, before);
  });

  it('a base URL that cannot be resolved fails at creation, not at the first request', () => {
    assert.throws(() => createClient({ staticBaseUrl: 'data/' }), /"data\/" is not a URL this runtime can resolve/);
    assert.equal(createClient({ baseUrl: `${server.url}/api/v1` }).mode, 'api');
  });

  it('API mode sends filters and paging as query parameters and trusts the server to apply them', async () => {
    server.route('GET', '/api/v1/services?institution=xk-mf&q=certifikat%C3%AB', () => ({ body: { items: services } }));
    server.route('GET', '/api/v1/participation/stats?institution=xk-mf&from=2026-01-01', () => ({
      body: { total: 0, byType: {}, byStatus: {}, answeredWithinDeadlineShare: null, medianResponseDays: null },
    }));
    server.route('GET', `/api/v1/plans/${alPlan.id}/commitments/3/comments?page=2&pageSize=5`, () => ({
      body: { items: [], page: 2, pageSize: 5, total: 6 },
    }));
    const client = createClient({ baseUrl: `${server.url}/api/v1` });
    const list = await client.listServices({ institution: 'xk-mf', q: 'certifikatë' });
    assert.equal(list.length, services.length, 'no client-side filtering against the API');
    assert.equal((await client.getParticipationStats({ institution: 'xk-mf', from: '2026-01-01' })).total, 0);
    assert.deepEqual(await client.listComments(alPlan.id, 3, { page: 2, pageSize: 5 }), {
      items: [],
      page: 2,
      pageSize: 5,
      total: 6,
    });
  });

  it('core.read works with any zod/mini schema (the generic path)', async () => {
    server.route('GET', '/api/v1/openapi-ish', () => ({ body: { openapi: '3.1.0', extra: true } }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    const doc = await core.read(
      'openapi',
      { path: 'openapi-ish', staticPath: undefined },
      z.object({ openapi: z.string() }),
    );
    assert.deepEqual(doc, { openapi: '3.1.0' });
  });
});

describe('loadDocument (an element data-src)', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('reads and checks one JSON document', async () => {
    server.route('GET', '/data/service.json', () => ({ body: services[0] }));
    const Schema = z.object({ id: z.string(), languages: z.array(z.string()) });
    const doc = await loadDocument(`${server.url}/data/service.json`, Schema);
    assert.equal(doc.id, services[0]?.id);
  });

  it('maps 404, bad shape, timeout and refused connection to SDK errors', async () => {
    const Schema = z.object({ id: z.number() });
    await assert.rejects(loadDocument(`${server.url}/data/missing.json`, Schema), NotFoundError);
    server.route('GET', '/data/s.json', () => ({ body: { id: 'x' } }));
    await assert.rejects(
      loadDocument(`${server.url}/data/s.json`, Schema),
      (e: unknown) => e instanceof ResponseShapeError && e.issues[0]?.path === 'id',
    );
    server.route('GET', '/data/slow.json', () => ({ body: { id: 1 }, delayMs: 300 }));
    await assert.rejects(
      loadDocument(`${server.url}/data/slow.json`, Schema, { timeout: 50 }),
      (e: unknown) => e instanceof TimeoutError && e.timeoutMs === 50,
    );
    const dead = await startLoopback();
    await dead.close();
    await assert.rejects(loadDocument(`${dead.url}/x.json`, Schema), NetworkError);
  });
});
