import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseShapeError } from '../errors/index.js';
import { createCore } from './core.js';
import { getFeedbackStatus, getFeedbackStatusForDisplay } from './feedback.js';
import { getParticipationStats, getParticipationStatsForDisplay } from './participation.js';
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

describe('reads for display: checked by shape, same answers and errors as the zod reads', () => {
  let server: Loopback;
  before(async () => {
    server = await startLoopback();
  });
  after(() => server.close());

  it('returns what the zod read returns for a valid status and valid statistics', async () => {
    server.route('GET', `/api/v1/feedback/${token}`, () => ({ body: status }));
    server.route('GET', '/api/v1/participation/stats', () => ({ body: stats }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    assert.deepEqual(await getFeedbackStatusForDisplay(core, token), await getFeedbackStatus(core, token));
    assert.deepEqual(await getParticipationStatsForDisplay(core), await getParticipationStats(core));
  });

  it('refuses a broken answer with a ResponseShapeError at the same path, without the token in its URL', async () => {
    server.route('GET', `/api/v1/feedback/${token}`, () => ({ body: { ...status, status: 'lost' } }));
    server.route('GET', '/api/v1/participation/stats', () => ({ body: { ...stats, total: -1 } }));
    const core = createCore({ baseUrl: `${server.url}/api/v1` });
    for (const [shaped, zod] of [
      [() => getFeedbackStatusForDisplay(core, token), () => getFeedbackStatus(core, token)],
      [() => getParticipationStatsForDisplay(core), () => getParticipationStats(core)],
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
});
