// The inbox's time filters count in UTC, as the SDK's deadline rules do, whatever time zone the database session is in.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, StaffSubmissionPageSchema } from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, staffHarness } from '../testing/staff-harness.js';

let h: Harness;
let token: string;
before(async () => {
  [h, token] = await staffHarness(ARTA);
});
after(() => h.close());

test('dueWithinDays counts whole days of 24 hours across a daylight-saving change', async () => {
  // Sent 15 March 11:30 UTC: due 30 March 11:30 UTC (15 days), the day after Europe moved its clocks forward.
  h.clock.now = new Date('2026-03-15T11:30:00Z');
  const sent = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'dst-1' },
    body: JSON.stringify({
      type: 'proposal',
      subject: { topic: 'Parks' },
      institutionId: 'xk-test-a',
      message: 'More benches in the park, please.',
      language: 'sq',
    }),
  });
  const { respondBy } = FeedbackReceiptSchema.parse(await sent.json());
  assert.equal(respondBy, '2026-03-30T11:30:00.000Z');
  // On a Postgres set to local time, "+ 10 days" from 20 March 12:00 UTC ended an hour early (30 March 11:00 UTC).
  await h.db.query(`SET TimeZone = 'Europe/Belgrade'`);
  try {
    h.clock.now = new Date('2026-03-20T12:00:00Z');
    const res = await h.request('/api/v1/staff/submissions?dueWithinDays=10', {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(res.status, 200);
    assert.equal(StaffSubmissionPageSchema.parse(await res.json()).total, 1, 'due within 10 × 24 hours');
  } finally {
    await h.db.query(`SET TimeZone = 'UTC'`);
  }
});
