import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema, ProblemDetailsSchema } from '@hapur/sdk';
import { createHarness, type Harness } from '../testing/harness.js';
import { fixtureFile, publicationCheckInput } from '../testing/fixtures.js';
import { importFile } from '../seed/import.js';
import { createStaffToken } from '../auth/tokens.js';

// Input at every boundary: each request below is valid but for one hostile value, and must get a 400
// problem naming that value's field (several were a 500, or passed, before).
let h: Harness;
let token: string;
let reference: string;
before(async () => {
  h = await createHarness();
  const file = fixtureFile();
  file.services![0]!.name.values['en'] = 'Permit </script><script>alert(1)</script> <!--';
  await importFile(h.db, file, 'fixture.json');
  token = await createStaffToken(h.db, 'boundary', 'xk-test-a');
  reference = FeedbackReceiptSchema.parse(
    await (await post('/api/v1/feedback', { ...feedback, message: 'A valid comment to moderate.' }, 'seed')).json(),
  ).reference;
});
after(() => h.close());

const feedback = {
  type: 'feedback',
  subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
  message: 'The register should be searchable.',
  language: 'en',
};
let keys = 0;
async function post(path: string, body: unknown, key = `b-${++keys}`): Promise<Response> {
  return h.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Authorization: `Bearer ${token}` },
    // Written by hand where a test needs a raw escape (a lone surrogate) that JSON.stringify would keep.
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
async function refused(res: Response, path: string, what: string): Promise<void> {
  assert.equal(res.status, 400, `${what}: ${res.status}`);
  const problem = ProblemDetailsSchema.parse(await res.json());
  assert.ok(
    problem.errors?.some((e) => e.path === path),
    `${what}: expected an error at ${path}, got ${JSON.stringify(problem.errors)}`,
  );
}

const HOSTILE: Record<string, string> = {
  NUL: 'A message with a \u0000 inside it.',
  'lone surrogate': 'A message with a \ud800 inside it.',
  'lone low surrogate': 'A message with a \udc00 inside it.',
  'non-character U+FFFE': 'A message with a \ufffe inside it.',
  'non-character U+FDD0': 'A message with a \ufdd0 inside it.',
  'escape control': 'A message with a \u001b[31m inside it.',
};
const progress = { status: 'on_track', narrative: { values: { en: 'Going well' } } };
const check = publicationCheckInput({ institutionId: 'xk-test-a', languages: {} });

test('control characters, lone surrogates and non-characters in any text field: 400 naming the field', async () => {
  for (const [what, value] of Object.entries(HOSTILE)) {
    const t = { values: { en: value } };
    await refused(await post('/api/v1/feedback', { ...feedback, message: value }), 'message', what);
    await refused(
      await post('/api/v1/feedback', { ...feedback, consent: true, contact: { name: value } }),
      'contact.name',
      what,
    );
    await refused(await post('/api/v1/feedback', { ...feedback, subject: { topic: value } }), 'subject.topic', what);
    await refused(
      await post(`/api/v1/feedback/${reference}/status`, { status: 'in_review', note: t }),
      'note.values.en',
      what,
    );
    await refused(
      await post('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', { ...progress, narrative: t }),
      'narrative.values.en',
      what,
    );
    await refused(
      await post('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
        ...progress,
        evidence: [{ kind: 'report', title: t }],
      }),
      'evidence[0].title.values.en',
      what,
    );
    await refused(
      await post('/api/v1/publication-checks', { ...check, checkedBy: { kind: 'self_assessment', name: value } }),
      'checkedBy.name',
      what,
    );
  }
  // JSON.stringify writes a lone surrogate as the escape \ud800; a raw body spells it out the same way.
  await refused(
    await post('/api/v1/feedback', JSON.stringify(feedback).replace('searchable', 'search\\ud800able')),
    'message',
    'escaped lone surrogate',
  );
});

test('a message of zero-width or other invisible characters does not reach the minimum length', async () => {
  for (const value of [
    '\u200b'.repeat(12),
    '\u200b \u200c \u200d \ufeff \u2060 \u00ad'.repeat(3),
    '\u3164'.repeat(12),
  ]) {
    await refused(await post('/api/v1/feedback', { ...feedback, message: value }), 'message', JSON.stringify(value));
  }
  await refused(
    await post(`/api/v1/feedback/${reference}/status`, { status: 'in_review', note: { values: { en: '\u200b' } } }),
    'note.values.en',
    'invisible note',
  );
  // Text with zero-width joiners inside real words is still text.
  assert.equal(
    (await post('/api/v1/feedback', { ...feedback, message: 'Family 👨\u200d👩\u200d👧 services are slow.' })).status,
    201,
  );
});

test('unknown keys at any depth, constructor and __proto__ included, get 400 naming them', async () => {
  const json = JSON.stringify(feedback);
  const inSubject = (inner: string) => json.replace('"commitmentNumber":"1"', `"commitmentNumber":"1",${inner}`);
  const atTop = (inner: string) => json.replace(/^\{/, `{${inner},`);
  const cases: [string, string][] = [
    [inSubject('"constructor":1'), 'subject.constructor'],
    [inSubject('"__proto__":{"x":1}'), 'subject.__proto__'],
    [inSubject('"__proto__":1'), 'subject.__proto__'],
    [atTop('"constructor":{"prototype":{"x":1}}'), 'constructor'],
    [atTop('"toString":"x"'), 'toString'],
  ];
  for (const [body, field] of cases) await refused(await post('/api/v1/feedback', body), field, field);
  const note = (inner: string) => `{"status":"in_review","note":{"values":{"en":"Looking"},${inner}}}`;
  await refused(
    await post(`/api/v1/feedback/${reference}/status`, note('"constructor":1')),
    'note.constructor',
    'note.constructor',
  );
  await refused(
    await post(`/api/v1/feedback/${reference}/status`, note('"__proto__":1')),
    'note.__proto__',
    'note.__proto__',
  );
  await refused(
    await post(`/api/v1/feedback/${reference}/status`, note('"hasOwnProperty":{}')),
    'note.hasOwnProperty',
    'note.hasOwnProperty',
  );
});

test('every URL field is https: only; http:, javascript: and data: get 400 naming the field', async () => {
  for (const url of [
    'http://example.org/report.pdf',
    'javascript:alert(1)',
    'data:text/html,x',
    'HTTP://example.org/x',
  ]) {
    await refused(
      await post('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
        ...progress,
        evidence: [{ kind: 'report', title: { values: { en: 'Report' } }, url }],
      }),
      'evidence[0].url',
      url,
    );
    await refused(await post('/api/v1/publication-checks', { ...check, url }), 'url', url);
  }
  const ok = await post('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
    ...progress,
    evidence: [{ kind: 'report', title: { values: { en: 'Report' } }, url: 'https://example.org/report.pdf' }],
  });
  assert.equal(ok.status, 201);
});

test('query parameters: impossible dates and header-breaking languages get 400, never 500', async () => {
  for (const query of ['from=2026-02-31', 'to=2026-02-30', 'from=2025-02-29', 'to=2026-04-31']) {
    const res = await h.request(`/api/v1/participation/stats?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(ProblemDetailsSchema.parse(await res.json()).errors?.[0]?.code, 'invalid_date');
  }
  assert.equal((await h.request('/api/v1/participation/stats?from=2024-02-29')).status, 200, 'a real leap day');
  // A period that starts after it ends is refused, as the self-assessment refuses it (it answered zeros).
  const backwards = await h.request('/api/v1/participation/stats?from=2026-05-01&to=2026-04-01');
  assert.equal(backwards.status, 400);
  assert.match(
    ProblemDetailsSchema.parse(await backwards.json()).errors?.[0]?.message ?? '',
    /starts \(2026-05-01\) after/,
  );
  for (const lang of ['en%0D%0ASet-Cookie:%20x=1', 'en%0Ax', 'en%00', '%E2%80%A8', 'x'.repeat(300)]) {
    for (const path of ['/api/v1/services/xk-test-permit?format=jsonld&lang=', '/api/v1/services?lang=']) {
      const res = await h.request(path + lang);
      assert.equal(res.status, 400, path + lang);
      assert.equal(res.headers.get('content-language'), null);
      assert.equal(ProblemDetailsSchema.parse(await res.json()).errors?.[0]?.path, 'lang');
    }
  }
  const ok = await h.request('/api/v1/services/xk-test-permit?format=jsonld&lang=en');
  assert.equal(ok.headers.get('content-language'), 'en');
  // A language the service is not written in: the header names the document's language, not the one asked for.
  const fr = await h.request('/api/v1/services/xk-test-permit?format=jsonld&lang=fr');
  const doc = (await fr.json()) as { '@context': [string, { '@language': string }] };
  assert.notEqual(doc['@context'][1]['@language'], 'fr');
  assert.equal(fr.headers.get('content-language'), doc['@context'][1]['@language']);
});

test('a service status or format the API does not have is a 400 naming the values, not an empty list or plain JSON', async () => {
  for (const [path, param] of [
    ['/api/v1/services?status=bogus', 'status'],
    ['/api/v1/services/xk-test-permit?format=xml', 'format'],
  ] as const) {
    const res = await h.request(path);
    assert.equal(res.status, 400, path);
    const [error] = ProblemDetailsSchema.parse(await res.json()).errors ?? [];
    assert.equal(error?.path, param);
    assert.match(
      error?.message ?? '',
      param === 'status' ? /active, inactive, under_development, withdrawn/ : /jsonld/,
    );
  }
  assert.equal((await h.request('/api/v1/services?status=withdrawn')).status, 200);
});

test('a bad query on a path id that does not exist is a 400 naming the parameter, checked before any lookup', async () => {
  // `services/nope?format=bad` answered 404: the query was read only once the service was found.
  for (const [path, param] of [
    ['/api/v1/services/nope?format=bad', 'format'],
    ['/api/v1/services/nope?format=jsonld&lang=x_x', 'lang'],
    ['/api/v1/publication-checklists/nope?period=2026-Q9', 'period'],
    ['/api/v1/participation/opportunities/nope/calendar.ics?lang=x_x', 'lang'],
    ['/api/v1/plans/nope/commitments/1/comments?page=0', 'page'],
    ['/api/v1/plans/nope/self-assessment?from=2026-13-01', 'from'],
    ['/api/v1/plans/nope/self-assessment.csv?to=2026-13-01', 'to'],
  ] as const) {
    const res = await h.request(path);
    assert.equal(res.status, 400, path);
    const problem = ProblemDetailsSchema.parse(await res.json());
    assert.equal(problem.code, 'invalid_query', path);
    assert.deepEqual(
      problem.errors?.map((e) => e.path),
      [param],
      path,
    );
  }
  assert.equal((await h.request('/api/v1/services/nope?format=jsonld&lang=en')).status, 404);
  assert.equal((await h.request('/api/v1/publication-checklists/nope?period=2026-Q1')).status, 404);
});

test('page: the OpenAPI document states the maximum the server enforces, on each paged read', async () => {
  // The document said only `minimum: 1`, so a generated client let through pages the server refused.
  type Parameter = { name: string; in: string; schema?: { maximum?: number } };
  const doc = (await (await h.request('/openapi.json')).json()) as {
    paths: Record<string, { get: { parameters?: Parameter[] } }>;
  };
  for (const [path, url] of [
    ['/plans/{planId}/commitments/{number}/comments', '/api/v1/plans/xk-test-plan/commitments/1/comments'],
    ['/staff/submissions', '/api/v1/staff/submissions'],
  ] as const) {
    const page = doc.paths[path]?.get.parameters?.find((p) => p.name === 'page' && p.in === 'query');
    const max = page?.schema?.maximum;
    assert.equal(typeof max, 'number', `${path}: page has a maximum`);
    const read = (n: number) => h.request(`${url}?page=${n}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal((await read(max!)).status, 200, `${path}: page ${max}`);
    const over = await read(max! + 1);
    assert.equal(over.status, 400, `${path}: page ${max! + 1}`);
    assert.deepEqual(
      ProblemDetailsSchema.parse(await over.json()).errors?.map((e) => e.path),
      ['page'],
    );
  }
});

test('?format=jsonld: no "<" in the document, so it cannot close a script element it is pasted into', async () => {
  const res = await h.request('/api/v1/services/xk-test-permit?format=jsonld&lang=en');
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
  assert.equal((JSON.parse(text) as { name: string }).name, 'Permit </script><script>alert(1)</script> <!--');
});

test('a NUL or other control character in any path id or query value: 404 or 400, never 500', async () => {
  // Postgres refuses NUL in text: `GET /services/%00` was a 500, and so were a dozen other routes.
  const { API_ROUTES } = await import('@hapur/sdk/routes');
  const checked: string[] = [];
  for (const route of Object.values(API_ROUTES)) {
    for (const bad of ['%00', 'a%00b', '%1B', '%EF%BF%BE']) {
      const params = route.path.match(/\{[^}]+\}/g) ?? [];
      for (const param of params) {
        // The other parameters are real: only one value is hostile.
        const path = route.path.replace(/\{[^}]+\}/g, (p) => (p === param ? bad : realId(p)));
        const res = await h.request(`/api/v1${path}`, {
          method: route.method,
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${token}`,
            'Idempotency-Key': `nul-${++keys}`,
            'If-Match': '"x"',
          },
          ...(route.method === 'GET' ? {} : { body: '{}' }),
        });
        assert.ok(res.status < 500, `${route.method} ${path}: ${res.status}`);
        if (route.method === 'GET') assert.equal(res.status, 404, `${route.method} ${path}`);
        ProblemDetailsSchema.parse(await res.json());
        checked.push(path);
      }
      if (route.method !== 'GET') continue;
      const path = route.path.replace(/\{[^}]+\}/g, realId);
      const res = await h.request(`/api/v1${path}?institution=${bad}&q=${bad}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(res.status, 400, `GET ${path}?institution=${bad}`);
      const problem = ProblemDetailsSchema.parse(await res.json());
      assert.equal(problem.code, 'invalid_query');
      assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['institution', 'q']);
    }
  }
  assert.ok(checked.length > 100, `${checked.length} paths checked`);
});

function realId(param: string): string {
  const ids: Record<string, string> = {
    '{planId}': 'xk-test-plan',
    '{number}': '1',
    '{serviceId}': 'xk-test-permit',
    '{institutionId}': 'xk-test-a',
  };
  return ids[param] ?? 'unknown';
}

test('a body that is not valid UTF-8 gets 400, not a message stored with its bytes replaced', async () => {
  // The bytes 0xFF 0xFE are not UTF-8: they were decoded as U+FFFD and the submission stored (201).
  const json = JSON.stringify({ ...feedback, message: 'Bad @@ bytes inside the message.' });
  const bytes = new TextEncoder().encode(json);
  const at = json.indexOf('@@');
  bytes.set([0xff, 0xfe], at);
  const res = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `utf8-${++keys}` },
    body: bytes,
  });
  assert.equal(res.status, 400);
  const problem = ProblemDetailsSchema.parse(await res.json());
  assert.equal(problem.code, 'invalid_json');
  assert.match(problem.detail ?? '', /UTF-8/);
  // Valid UTF-8 in any script still passes.
  const ok = await post('/api/v1/feedback', { ...feedback, message: 'Регистар треба да буде претражив. Ç ë 🙂' });
  assert.equal(ok.status, 201);
});

test('each field error says what was expected, not "Invalid input"', async () => {
  const res = await post('/api/v1/feedback', { type: 5, subject: [], message: null, language: 'klingon' });
  assert.equal(res.status, 400);
  const errors = ProblemDetailsSchema.parse(await res.json()).errors ?? [];
  const message = (path: string) => errors.find((e) => e.path === path)?.message ?? '';
  assert.deepEqual(errors.map((e) => e.path).sort(), ['language', 'message', 'subject', 'type']);
  for (const e of errors) assert.notEqual(e.message, 'Invalid input', e.path);
  assert.match(message('type'), /"proposal"/);
  assert.match(message('subject'), /object/);
  assert.match(message('message'), /string/);
  assert.match(message('language'), /language tag/);
});

test('a length limit names its number, and a rule is a sentence, never its key', async () => {
  const tooShort = await post('/api/v1/feedback', { ...feedback, message: 'ab' });
  assert.equal(tooShort.status, 400);
  const [short] = ProblemDetailsSchema.parse(await tooShort.json()).errors ?? [];
  assert.deepEqual(
    [short?.path, short?.message],
    ['message', 'Your message is too short: write at least 10 characters.'],
  );
  const noSubject = await post('/api/v1/feedback', { ...feedback, subject: {} });
  const [subject] = ProblemDetailsSchema.parse(await noSubject.json()).errors ?? [];
  assert.deepEqual(
    [subject?.path, subject?.message],
    ['subject', 'Choose what your message is about: a service, a commitment or a topic.'],
  );
  const noConsent = await post('/api/v1/feedback', { ...feedback, contact: { email: 'a@example.org' } });
  const [consent] = ProblemDetailsSchema.parse(await noConsent.json()).errors ?? [];
  assert.deepEqual(consent?.path, 'consent');
  assert.doesNotMatch(consent?.message ?? '', /^[a-z_]+$/);
});

test("the OpenAPI document lists the 400 a service read answers for a bad lang, and the list's status filter", async () => {
  const doc = (await (await h.request('/openapi.json')).json()) as {
    paths: Record<string, { get: { summary: string; responses: Record<string, unknown> } }>;
  };
  for (const [path, url] of [
    ['/services', '/api/v1/services?lang=x_x'],
    ['/services/{serviceId}', '/api/v1/services/xk-test-permit?format=jsonld&lang=x_x'],
  ] as const) {
    assert.equal((await h.request(url)).status, 400, url);
    assert.ok('400' in doc.paths[path]!.get.responses, `${path} documents 400`);
  }
  assert.match(doc.paths['/services']!.get.summary, /status/);
});

test('a bad URL, date or date-time field error names the format, not the regular expression behind it', async () => {
  const res = await post('/api/v1/plans/xk-test-plan/milestones/xk-test-plan-c1-m1/progress', {
    ...progress,
    reportingDate: '2026-13-45',
    evidence: [{ kind: 'web_page', title: { values: { en: 'Report' } }, url: 'http://insecure.example/report' }],
  });
  assert.equal(res.status, 400);
  const errors = ProblemDetailsSchema.parse(await res.json()).errors ?? [];
  const message = (path: string) => errors.find((e) => e.path === path)?.message ?? '';
  assert.equal(message('evidence[0].url'), 'Use an https:// URL on a public host name.');
  assert.equal(message('reportingDate'), 'Use a real calendar date, YYYY-MM-DD.');
  for (const e of errors) assert.doesNotMatch(e.message, /pattern|\^/, `${e.path}: ${e.message}`);
});

test('a query parameter given twice is a 400 naming it, not the first value silently used', async () => {
  // `?status=open&status=closed` read as `open` alone: a web team's filter answered for half of what it asked.
  for (const url of [
    '/api/v1/staff/submissions?type=request&type=proposal',
    '/api/v1/participation/stats?from=2026-01-01&from=2026-02-01',
    '/api/v1/services?lang=sq&lang=en',
  ]) {
    const res = await h.request(url, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 400, url);
    const problem = ProblemDetailsSchema.parse(await res.json());
    assert.equal(problem.code, 'invalid_query', url);
    const [name] = new URL(url, 'http://x').searchParams.keys();
    assert.deepEqual(
      problem.errors?.map((e) => [e.path, e.code]),
      [[name, 'repeated']],
      url,
    );
  }
  // A parameter the route does not take (a cache buster) is still ignored, however often it comes.
  assert.equal((await h.request('/api/v1/services?_=1&_=2')).status, 200);
});

test('a bad id, in a body or a query, is said in words, not as the regular expression behind it', async () => {
  const body = await post('/api/v1/feedback', { ...feedback, subject: { serviceId: 'Birth Certificate' } });
  assert.equal(body.status, 400);
  const [id] = ProblemDetailsSchema.parse(await body.json()).errors ?? [];
  assert.equal(id?.path, 'subject.serviceId');
  assert.doesNotMatch(id?.message ?? '', /pattern|\^/);
  assert.match(id?.message ?? '', /lower-case/);
  const query = await h.request('/api/v1/staff/submissions?subjectPlanId=XK-Plan', {
    headers: { Authorization: `Bearer ${token}` },
  });
  assert.equal(query.status, 400);
  const [plan] = ProblemDetailsSchema.parse(await query.json()).errors ?? [];
  assert.equal(plan?.path, 'subjectPlanId');
  assert.equal(plan?.message, id?.message);
});

test('an empty body where one is needed says it is empty, not that it is not JSON', async () => {
  const res = await post('/api/v1/feedback', '');
  assert.equal(res.status, 400);
  const problem = ProblemDetailsSchema.parse(await res.json());
  assert.equal(problem.code, 'invalid_json');
  assert.match(problem.detail ?? '', /empty/);
});
