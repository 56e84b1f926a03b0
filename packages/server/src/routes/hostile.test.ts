import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';

let h: Harness;
let token: string;
before(async () => {
  h = await createHarness({ bodyLimitBytes: 16 * 1024 });
  await importFile(h.db, fixtureFile(), 'fixture.json');
  token = await createStaffToken(h.db, 'fuzz', 'xk-test-a');
  const seeded = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'seed' },
    body: JSON.stringify({
      type: 'feedback',
      subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
      message: 'A seed submission for staff routes.',
      language: 'en',
    }),
  });
  const { reference } = (await seeded.json()) as { reference: string };
  ENDPOINTS.push(`/api/v1/feedback/${reference}/status`, `/api/v1/feedback/${reference}/publish`);
});
after(() => h.close());

/** Every write endpoint; the two per-submission staff routes are added once the seed submission exists. */
const ENDPOINTS: string[] = [
  '/api/v1/feedback',
  '/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress',
  '/api/v1/publication-checks',
];

/** Bodies an attacker or a broken client might send: any JSON, near-valid objects with hostile values, non-JSON text. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '<script>alert(1)</script>',
    "'; DROP TABLE submissions; --",
    '__proto__',
    'x'.repeat(6000),
    '\ud800',
  ),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const nearValid = fc.record(
  {
    type: fc.oneof(fc.constantFrom('request', 'feedback', 'proposal', 'issue_report', 'complaint'), hostileValue),
    subject: fc.oneof(
      fc.record(
        {
          planId: fc.oneof(fc.constant('xk-test-plan'), hostileValue),
          commitmentNumber: fc.oneof(fc.constant('1'), hostileValue),
        },
        { requiredKeys: [] },
      ),
      fc.record({ serviceId: hostileValue, topic: hostileValue }, { requiredKeys: [] }),
      hostileValue,
    ),
    message: fc.oneof(fc.string({ minLength: 10, maxLength: 80 }), hostileValue),
    language: fc.oneof(fc.constantFrom('sq', 'sr', 'sr-Latn', 'en', 'xx-Yyyy-ZZ'), hostileValue),
    consent: hostileValue,
    contact: fc.oneof(
      fc.record({ email: hostileValue, phone: hostileValue, name: hostileValue }, { requiredKeys: [] }),
      hostileValue,
    ),
    website: hostileValue,
    status: fc.oneof(fc.constantFrom('on_track', 'answered', 'nope'), hostileValue),
    narrative: fc.oneof(fc.record({ values: fc.dictionary(fc.string(), hostileValue, { maxKeys: 2 }) }), hostileValue),
    progressPercent: hostileValue,
    requirementId: fc.oneof(fc.constant('xk-test-pr-1'), hostileValue),
    institutionId: fc.oneof(fc.constant('xk-test-a'), hostileValue),
    period: fc.oneof(fc.constant('2026-Q1'), hostileValue),
    languages: hostileValue,
    note: fc.oneof(fc.record({ values: fc.dictionary(fc.string(), hostileValue, { maxKeys: 2 }) }), hostileValue),
    response: fc.oneof(fc.record({ body: hostileValue, decision: hostileValue }, { requiredKeys: [] }), hostileValue),
    ['__proto__']: hostileValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  nearValid.map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('{', '[]', 'null', '{"a":', '\u0000', '{"type":"feedback"}'.repeat(2000)),
);

test('random and hostile bodies to every write endpoint always get a 4xx problem document, never a 5xx', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...ENDPOINTS),
      body,
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
      ),
      fc.option(fc.oneof(fc.string({ maxLength: 300 }), fc.uuid()), { nil: undefined }),
      async (path, payload, contentType, key) => {
        const headers: Record<string, string> = { 'Content-Type': contentType, Authorization: `Bearer ${token}` };
        if (key !== undefined) headers['Idempotency-Key'] = key.replace(/[\r\n]/g, '');
        let res: Response;
        try {
          res = await h.request(path, { method: 'POST', headers, body: payload });
        } catch (error) {
          // Header values the Fetch API itself refuses never reach a server.
          if (error instanceof TypeError) return;
          throw error;
        }
        n++;
        assert.ok(res.status < 500, `${path} answered ${res.status} to ${payload.slice(0, 200)}`);
        if (res.status >= 400) {
          assert.equal(res.headers.get('content-type'), 'application/problem+json');
          ProblemDetailsSchema.parse(await res.json());
        }
      },
    ),
    { numRuns: 400 },
  );
  assert.ok(n > 300);
});
