import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ProblemDetailsSchema, TEXT_CHARACTERS, UrlSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile, publicationCheckInput } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';

let h: Harness;
let token: string;
let tokenB: string;
let reference = '';
before(async () => {
  h = await createHarness({ bodyLimitBytes: 16 * 1024 });
  await importFile(h.db, fixtureFile(), 'fixture.json');
  token = await createStaffToken(h.db, 'fuzz', 'xk-test-a');
  tokenB = await createStaffToken(h.db, 'fuzz B', 'xk-test-b');
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
  ({ reference } = (await seeded.json()) as { reference: string });
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

/** Strings that break storage, headers, markup or length rules, and random ones of any code point. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Text with a \u0000 NUL inside it.',
    'Text with a lone \ud800 surrogate.',
    'Text with a lone \udfff low surrogate.',
    'Text with a \ufffe non-character.',
    'Text with an \u001b[31m escape.',
    '\u200b'.repeat(12),
    ' '.repeat(12),
    'Line one\r\nSet-Cookie: x=1',
    '</script><script>alert(1)</script>',
    '__proto__',
    'x'.repeat(5001),
  ),
);
const hostileUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'http://example.org/x',
    'javascript:alert(1)',
    'data:text/html,x',
    ' https://example.org',
    'https://',
  ),
  hostileText,
);
const t = (en: string) => ({ values: { en } });

/** A valid body per write endpoint, and where its text and URL fields are. */
const BODIES: {
  path: () => string;
  bearer: () => string;
  body: Record<string, unknown>;
  text: string[];
  urls: string[];
}[] = [
  {
    path: () => '/api/v1/feedback',
    bearer: () => token,
    body: {
      type: 'proposal',
      subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
      message: 'Publish the minutes of every meeting.',
      location: 'Prishtina',
      language: 'en',
      consent: true,
      contact: { name: 'Arta', email: 'arta@example.org' },
    },
    text: ['message', 'location', 'contact.name'],
    urls: [],
  },
  {
    path: () => '/api/v1/feedback',
    bearer: () => token,
    body: { type: 'issue_report', subject: { topic: 'Street lights' }, message: 'The lights are off.', language: 'sq' },
    text: ['subject.topic', 'message'],
    urls: [],
  },
  {
    path: () => '/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress',
    bearer: () => token,
    body: {
      status: 'on_track',
      narrative: t('Going well'),
      challenges: t('Procurement'),
      nextSteps: t('Tender'),
      evidence: [{ kind: 'report', title: t('Report'), url: 'https://example.org/r.pdf' }],
    },
    text: ['narrative.values.en', 'challenges.values.en', 'nextSteps.values.en', 'evidence[0].title.values.en'],
    urls: ['evidence[0].url'],
  },
  {
    path: () => `/api/v1/feedback/${reference}/status`,
    bearer: () => token,
    body: { status: 'answered', note: t('Looked at'), response: { body: t('Yes'), appealInfo: t('Appeal to AIP') } },
    text: ['note.values.en', 'response.body.values.en', 'response.appealInfo.values.en'],
    urls: [],
  },
  {
    path: () => '/api/v1/publication-checks',
    bearer: () => tokenB,
    body: publicationCheckInput({
      checkedBy: { kind: 'self_assessment', name: 'Unit' },
      url: 'https://example.org/budget',
      languages: { sq: { available: 'yes', url: 'https://example.org/sq' } },
      notes: t('Fine'),
      correctiveAction: t('None'),
      responsibleUnit: t('Finance'),
    }),
    text: ['checkedBy.name', 'notes.values.en', 'correctiveAction.values.en', 'responsibleUnit.values.en'],
    urls: ['url', 'languages.sq.url'],
  },
];

function setAt(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

const sendBody = (b: (typeof BODIES)[number], body: unknown) =>
  h.request(b.path(), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      Authorization: `Bearer ${b.bearer()}`,
    },
    body: JSON.stringify(body),
  });

test('hostile values inside otherwise valid bodies, in every text and URL field of every write endpoint: 4xx naming the field, never 5xx', async () => {
  // Each base body is valid as it stands.
  for (const b of BODIES) {
    const res = await sendBody(b, b.body);
    assert.ok(res.status === 200 || res.status === 201, `${b.path()} base body: ${res.status} ${await res.text()}`);
  }
  const field = fc.constantFrom(
    ...BODIES.flatMap((b) => [
      ...b.text.map((path) => ({ b, path, kind: 'text' as const })),
      ...b.urls.map((path) => ({ b, path, kind: 'url' as const })),
    ]),
  );
  await fc.assert(
    fc.asyncProperty(field, hostileText, hostileUrl, async ({ b, path, kind }, text, url) => {
      const value = kind === 'text' ? text : url;
      const res = await sendBody(b, setAt(b.body, path, value));
      assert.ok(res.status < 500, `${b.path()} ${path}=${JSON.stringify(value)}: ${res.status}`);
      const refused = kind === 'text' ? !TEXT_CHARACTERS.test(value) : !UrlSchema.safeParse(value).success;
      if (refused) {
        assert.equal(res.status, 400, `${path}=${JSON.stringify(value)} must be refused`);
        const problem = ProblemDetailsSchema.parse(await res.json());
        assert.ok(
          problem.errors?.some((e) => e.path === path),
          `${path}=${JSON.stringify(value)}: ${JSON.stringify(problem.errors)}`,
        );
      }
    }),
    { numRuns: 300 },
  );
});
