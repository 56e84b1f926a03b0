import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputValidationError, ReadOnlyError, ResponseShapeError } from '../errors/index.js';
import { listComments, listCommentsForDisplay } from './comments.js';
import { createCore } from './core.js';
import { createDocumentCore } from './document-core.js';
import { getPlan } from './plans.js';
import { getPlanForDisplay } from './plans-display.js';
import { alPlan, clone } from './test/fixtures.js';
import { getFeedbackStatus } from './feedback.js';
import { getFeedbackStatusForDisplay } from './feedback-status-display.js';
import { getParticipationStats, getParticipationStatsForDisplay } from './participation.js';
import { listInstitutions } from './institutions.js';
import { listInstitutionsForDisplay } from './institutions-display.js';
import { startLoopback, type Loopback } from './test/loopback.js';

const token = 'Zx81kQp0LmN3vB7yT2wE5rU9';
const status = {
  reference: 'XK-2026-00000101',
  type: 'request',
  status: 'received',
  submittedAt: '2026-02-03T09:12:00Z',
  history: [{ status: 'received', at: '2026-02-03T09:12:00Z' }],
};
const stats = {
  total: 3,
  byType: { request: 3 },
  byStatus: { received: 3 },
  answeredWithinDeadlineShare: null,
  medianResponseDays: null,
};

const comments = [
  {
    reference: 'XK-2026-00000101',
    type: 'proposal',
    subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
    message: 'Publikoni buxhetin çdo muaj.',
    language: 'sq',
    submittedAt: '2026-02-03T09:12:00Z',
    publishedAt: '2026-02-04T09:12:00Z',
    status: 'received',
  },
  {
    reference: 'XK-2026-00000102',
    removed: true,
    publishedAt: '2026-02-04T09:00:00Z',
    removedAt: '2026-02-05T09:00:00Z',
    reason: { values: { sq: 'Të dhëna personale.' } },
  },
];
const commentsPath = '/plans/xk-2026-2028/commitments/1/comments';
const institutions = [
  {
    id: 'xk-mapl',
    name: { values: { sq: 'Ministria e Administrimit të Pushtetit Lokal', en: 'Ministry of Local Government' } },
    kind: 'ministry',
    sector: 'government',
    country: 'XK',
    level: 'central',
    website: 'https://mapl.rks-gov.net',
  },
  {
    id: 'xk-zvecan',
    name: { values: { sq: 'Komuna e Zveçanit' } },
    kind: 'municipality',
    sector: 'government',
    country: 'XK',
    level: 'local',
    parentId: 'xk-mapl',
  },
];

describe('reads for display: checked by shape, same answers and errors as the zod reads', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('returns what the zod read returns for a valid status and valid statistics', async () => {
    server.route('GET', `/api/v1/feedback/${token}`, () => ({ body: status }));
    server.route('GET', '/api/v1/participation/stats', () => ({ body: stats }));
    server.route('GET', '/api/v1/institutions', () => ({ body: { items: institutions } }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    assert.deepEqual(await getFeedbackStatusForDisplay(core, token), await getFeedbackStatus(core, token));
    assert.deepEqual(await getParticipationStatsForDisplay(core), await getParticipationStats(core));
    assert.deepEqual(await listInstitutionsForDisplay(core), await listInstitutions(core));
  });

  it('refuses a broken answer with a ResponseShapeError at the same path, without the token in its URL', async () => {
    server.route('GET', `/api/v1/feedback/${token}`, () => ({ body: { ...status, status: 'lost' } }));
    server.route('GET', '/api/v1/participation/stats', () => ({ body: { ...stats, total: -1 } }));
    server.route('GET', '/api/v1/institutions', () => ({
      body: { items: [institutions[0], { ...institutions[1], kind: 'village', website: 'http://zvecan.example' }] },
    }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    for (const [shaped, zod] of [
      [() => getFeedbackStatusForDisplay(core, token), () => getFeedbackStatus(core, token)],
      [() => getParticipationStatsForDisplay(core), () => getParticipationStats(core)],
      [() => listInstitutionsForDisplay(core), () => listInstitutions(core)],
    ] as const) {
      const a = await shaped().catch((e: unknown) => e);
      const b = await zod().catch((e: unknown) => e);
      assert.ok(a instanceof ResponseShapeError && b instanceof ResponseShapeError);
      assert.deepEqual(
        a.issues.map((i) => i.path),
        b.issues.map((i) => i.path),
      );
      assert.equal(a.url, b.url);
      assert.ok(!a.url.includes(token) && !a.message.includes(token));
    }
  });

  it('lists comments (a published one and a removed one) as listComments does, from the API and a static export', async () => {
    server.route('GET', `/api/v1${commentsPath}?page=2&pageSize=1`, () => ({
      body: { items: comments.slice(1), page: 2, pageSize: 1, total: 2 },
    }));
    server.route('GET', `/api/v1${commentsPath}?page=1&pageSize=20`, () => ({
      body: { items: comments, page: 1, pageSize: 20, total: 2 },
    }));
    server.route('GET', `/static${commentsPath}.json`, () => ({ body: { items: comments } }));
    for (const core of [
      createCore({ baseUrl: `${server.url}/api/v1` }),
      createCore({ staticBaseUrl: `${server.url}/static` }),
    ]) {
      const shown = await listCommentsForDisplay(core, 'xk-2026-2028', 1, { pageSize: 1, page: 2 });
      assert.deepEqual(shown, await listComments(core, 'xk-2026-2028', 1, { pageSize: 1, page: 2 }));
    }
    const all = await listCommentsForDisplay(createCore({ baseUrl: `${server.url}/api/v1` }), 'xk-2026-2028', 1);
    assert.deepEqual(
      all.items.map((c) => c.reference),
      ['XK-2026-00000101', 'XK-2026-00000102'],
    );
  });

  it('refuses a broken comment at the same path, and bad paging before sending, as listComments does', async () => {
    const broken = [comments[0], { ...comments[1], reason: 'gone' }];
    server.route('GET', `/api/v1${commentsPath}?page=1&pageSize=20`, () => ({
      body: { items: broken, page: 1, pageSize: 20, total: 2 },
    }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    const a = await listCommentsForDisplay(core, 'xk-2026-2028', 1).catch((e: unknown) => e);
    const b = await listComments(core, 'xk-2026-2028', 1).catch((e: unknown) => e);
    assert.ok(a instanceof ResponseShapeError && b instanceof ResponseShapeError);
    // Neither a published nor a removed comment: the issue is the entry's (zod's union reports it there too).
    assert.deepEqual(
      a.issues.map((i) => i.path),
      ['items[1]'],
    );
    assert.deepEqual(
      a.issues.map((i) => i.path),
      b.issues.map((i) => i.path),
    );
    for (const paging of [{ page: 0 }, { pageSize: 101 }, { page: 1.5 }]) {
      const c = await listCommentsForDisplay(core, 'xk-2026-2028', 1, paging).catch((e: unknown) => e);
      const d = await listComments(core, 'xk-2026-2028', 1, paging).catch((e: unknown) => e);
      assert.ok(c instanceof InputValidationError && d instanceof InputValidationError, JSON.stringify(paging));
      assert.deepEqual(
        c.issues.map((i) => i.path),
        d.issues.map((i) => i.path),
      );
    }
  });

  it('reads through the document core (plain fetch, no ky) what the SDK core reads, with the same errors', async () => {
    const plan = { ...clone(alPlan), institutions: [] };
    server.route('GET', `/api/v1/plans/${alPlan.id}`, () => ({ body: plan }));
    server.route('GET', `/api/v1/feedback/${token}`, () => ({ body: status }));
    server.route('GET', '/api/v1/participation/stats?institution=xk-example', () => ({ body: stats }));
    server.route('GET', `/api/v1${commentsPath}?page=1&pageSize=20`, () => ({
      body: { items: comments, page: 1, pageSize: 20, total: 2 },
    }));
    const base = `${server.url}/api/v1`;
    const documents = createDocumentCore({ baseUrl: base });
    const core = createCore({ baseUrl: base });
    assert.deepEqual(await getPlanForDisplay(documents, alPlan.id), await getPlan(core, alPlan.id));
    assert.deepEqual(await getFeedbackStatusForDisplay(documents, token), await getFeedbackStatus(core, token));
    assert.deepEqual(
      await getParticipationStatsForDisplay(documents, { institution: 'xk-example' }),
      await getParticipationStats(core, { institution: 'xk-example' }),
    );
    assert.deepEqual(
      await listCommentsForDisplay(documents, 'xk-2026-2028', 1),
      await listComments(core, 'xk-2026-2028', 1),
    );
    server.route('GET', `/api/v1/plans/${alPlan.id}`, () => ({ body: { ...plan, status: 'lost' } }));
    const a = await getPlanForDisplay(documents, alPlan.id).catch((e: unknown) => e);
    const b = await getPlan(createCore({ baseUrl: base }), alPlan.id).catch((e: unknown) => e);
    assert.ok(a instanceof ResponseShapeError && b instanceof ResponseShapeError);
    assert.deepEqual(
      a.issues.map((i) => i.path),
      b.issues.map((i) => i.path),
    );
    assert.equal(a.url, b.url);
    await assert.rejects(documents.write('submitFeedback', { path: 'feedback' }, {} as never), ReadOnlyError);
  });
});
