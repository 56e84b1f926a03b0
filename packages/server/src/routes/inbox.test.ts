// The institution's inbox (issue 16), on PGlite and (postgres-tests) on Postgres: what a token sees,
// filters, sort, paging, ETag, contact details, quarantine, and each action with its history.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  ProblemDetailsSchema,
  CommentListItemSchema,
  StaffMeSchema,
  StaffSubmissionDetailSchema,
  StaffSubmissionPageSchema,
  pageOf,
  transferRespondBy,
} from '@hapur/sdk';
import type { Harness } from '../testing/harness.js';
import { ARTA, BESA, staffHarness } from '../testing/staff-harness.js';
import { importFile } from '../seed/import.js';
import { runMaintenance } from '../jobs/maintenance.js';

let h: Harness;
let tokenA: string;
let tokenB: string;
before(async () => {
  [h, tokenA, tokenB] = await staffHarness(ARTA, BESA);
  await submitAll();
});
after(() => h.close());

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const get = (path: string, token: string, headers: Record<string, string> = {}) =>
  h.request(`/api/v1${path}`, { headers: { ...auth(token), ...headers } });
const post = (path: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  h.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth(token), ...headers },
    body: JSON.stringify(body),
  });
let keys = 0;
async function submit(body: Record<string, unknown>): Promise<string> {
  const res = await h.request('/api/v1/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `inbox-${++keys}` },
    body: JSON.stringify({ type: 'proposal', message: 'A proposal of some length.', language: 'sq', ...body }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  const receipt = FeedbackReceiptSchema.parse(await res.json());
  statusTokens.set(receipt.reference, receipt.statusToken);
  return receipt.reference;
}
const statusTokens = new Map<string, string>();
const list = async (token: string, query = '') => {
  const res = await get(`/staff/submissions${query}`, token);
  assert.equal(res.status, 200, await res.clone().text());
  return StaffSubmissionPageSchema.parse(await res.json());
};
const detail = async (token: string, reference: string) =>
  StaffSubmissionDetailSchema.parse(await (await get(`/staff/submissions/${reference}`, token)).json());

const refs = {} as Record<'c1' | 'permit' | 'topic' | 'named' | 'b' | 'bot', string>;
async function submitAll() {
  h.clock.now = new Date('2026-03-02T09:00:00Z');
  refs.c1 = await submit({
    subject: { planId: 'xk-test-plan', commitmentNumber: '1' },
    consent: true,
    contact: { email: 'arben@example.org' },
  });
  h.clock.now = new Date('2026-03-03T09:00:00Z');
  refs.permit = await submit({
    type: 'request',
    subject: { serviceId: 'xk-test-permit' },
    message: 'Street light broken on Rruga B.',
  });
  h.clock.now = new Date('2026-03-04T09:00:00Z');
  refs.topic = await submit({
    type: 'feedback',
    subject: { topic: 'Parks' },
    institutionId: 'xk-test-a',
    contact: { name: 'No consent' },
    consent: true,
  });
  // Addressed to A by the person, but about B's commitment: listed for A read-only, B answers it.
  refs.named = await submit({ subject: { planId: 'xk-test-plan', commitmentNumber: '2' }, institutionId: 'xk-test-a' });
  refs.b = await submit({ subject: { serviceId: 'xk-test-tax' } });
  refs.bot = await submit({ subject: { topic: 'Spam' }, institutionId: 'xk-test-a', website: 'http://spam.example' });
  h.clock.now = new Date('2026-03-10T09:00:00Z');
}

test('GET /staff/me names the token, its institution and expiry; 401 without a token', async () => {
  const me = StaffMeSchema.parse(await (await get('/staff/me', tokenA)).json());
  assert.equal(me.name, 'Arta (agency A)');
  assert.equal(me.institutionId, 'xk-test-a');
  assert.equal(me.webhook, false);
  assert.ok(me.expiresAt > '2026-08-01');
  const res = await h.request('/api/v1/staff/me');
  assert.equal(res.status, 401);
});

test('the list holds what the institution handles: its commitment, its service, a topic sent to it, one it was named on', async () => {
  const page = await list(tokenA);
  const seen = page.items.map((i) => i.reference).sort();
  assert.deepEqual(seen, [refs.c1, refs.permit, refs.topic, refs.named].sort());
  assert.equal(page.total, 4);
  assert.equal(page.items.find((i) => i.reference === refs.named)?.actionable, false);
  assert.equal(page.items.find((i) => i.reference === refs.c1)?.actionable, true);
  // B sees its own service and the commitment it leads, never A's items.
  const b = await list(tokenB);
  assert.deepEqual(b.items.map((i) => i.reference).sort(), [refs.named, refs.b].sort());
  // Counts: every status, over all items whatever the filter; quarantine counted apart.
  const filtered = await list(tokenA, '?type=request');
  assert.equal(filtered.total, 1);
  assert.equal(filtered.counts.byStatus.received, 4);
  assert.equal(filtered.counts.open, 4);
  assert.equal(filtered.counts.quarantined, 1);
});

test('each item: deadline, overdue, status; contact details only with consent and until deleted', async () => {
  const page = await list(tokenA);
  const c1 = page.items.find((i) => i.reference === refs.c1)!;
  assert.equal(c1.respondBy, '2026-03-17T09:00:00.000Z');
  assert.equal(c1.overdue, false);
  assert.deepEqual(c1.contact, { email: 'arben@example.org' });
  assert.equal(c1.message, 'A proposal of some length.');
  assert.equal(page.items.find((i) => i.reference === refs.permit)!.contact, undefined);
  // A service subject carries the service's name, so the inbox can say which service, not its id.
  assert.equal(page.items.find((i) => i.reference === refs.permit)!.serviceName?.values.en, 'Building permit');
  assert.equal(c1.serviceName, undefined);
  assert.equal((await detail(tokenA, refs.permit)).serviceName?.values.en, 'Building permit');
  await h.db.query('DELETE FROM submission_contacts');
  assert.equal((await list(tokenA)).items.find((i) => i.reference === refs.c1)!.contact, undefined);
});

test('sort: nearest deadline first by default, newest first with sort=submittedAt; paging', async () => {
  const byDeadline = (await list(tokenA)).items.map((i) => i.reference);
  assert.equal(byDeadline[0], refs.c1);
  const newest = (await list(tokenA, '?sort=submittedAt')).items.map((i) => i.reference);
  assert.equal(newest.at(-1), refs.c1);
  const p2 = await list(tokenA, '?pageSize=3&page=2');
  assert.deepEqual([p2.page, p2.pageSize, p2.total, p2.items.length], [2, 3, 4, 1]);
  assert.equal(p2.items[0]!.reference, byDeadline[3]);
});

test('filters: status, type, q, subjectPlanId, overdue and dueWithinDays against the clock', async () => {
  assert.deepEqual(
    (await list(tokenA, '?q=rruga%20b')).items.map((i) => i.reference),
    [refs.permit],
  );
  assert.deepEqual((await list(tokenA, '?q=100%25')).items, []);
  assert.equal((await list(tokenA, '?subjectPlanId=xk-test-plan')).total, 2);
  assert.equal((await list(tokenA, '?status=closed')).total, 0);
  assert.equal((await list(tokenA, '?status=received&type=proposal')).total, 2);
  assert.equal((await list(tokenA, '?overdue=true')).total, 0);
  assert.equal((await list(tokenA, '?dueWithinDays=7')).total, 1, 'c1 due 17 March, 7 days from 10 March');
  h.clock.now = new Date('2026-03-18T09:00:00Z');
  const overdue = await list(tokenA, '?overdue=true');
  assert.deepEqual(
    overdue.items.map((i) => i.reference),
    [refs.c1],
  );
  assert.equal(overdue.items[0]!.overdue, true);
  assert.equal(overdue.counts.overdue, 1);
  assert.equal((await list(tokenA, '?overdue=false')).total, 3);
  h.clock.now = new Date('2026-03-10T09:00:00Z');
  const bad = await get('/staff/submissions?status=lost&pageSize=500&overdue=maybe', tokenA);
  assert.equal(bad.status, 400);
  const problem = ProblemDetailsSchema.parse(await bad.json());
  assert.equal(problem.code, 'invalid_query');
  assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['overdue', 'pageSize', 'status']);
});

test('quarantined items only with quarantined=true; release moves one into the inbox, once', async () => {
  const q = await list(tokenA, '?quarantined=true');
  assert.deepEqual(
    q.items.map((i) => i.reference),
    [refs.bot],
  );
  assert.equal((await get(`/staff/submissions/${refs.bot}`, tokenA)).status, 200);
  assert.equal((await post(`/feedback/${refs.bot}/status`, tokenA, { status: 'in_review' })).status, 404);
  assert.equal((await post(`/staff/submissions/${refs.bot}/release`, tokenB, {})).status, 404);
  const released = StaffSubmissionDetailSchema.parse(
    await (await post(`/staff/submissions/${refs.bot}/release`, tokenA, { text: 'A person, not a bot.' })).json(),
  );
  assert.equal(released.quarantined, false);
  assert.equal(released.history.at(-1)!.kind, 'released');
  assert.equal(released.history.at(-1)!.by, 'Arta (agency A)');
  const again = StaffSubmissionDetailSchema.parse(
    await (await post(`/staff/submissions/${refs.bot}/release`, tokenA, {})).json(),
  );
  assert.equal(again.history.length, released.history.length);
  assert.equal((await list(tokenA)).total, 5);
});

test('ETag on the list and the item: a repeat with If-None-Match is a 304 until something changes', async () => {
  const first = await get('/staff/submissions', tokenA);
  const etag = first.headers.get('etag')!;
  assert.ok(etag);
  assert.equal(first.headers.get('cache-control'), 'no-store');
  assert.equal((await get('/staff/submissions', tokenA, { 'If-None-Match': etag })).status, 304);
  await post(`/staff/submissions/${refs.topic}/notes`, tokenA, { text: 'Seen.' });
  assert.equal(
    (await get('/staff/submissions', tokenA, { 'If-None-Match': etag })).status,
    304,
    'a note changes no list field',
  );
  await post(`/staff/submissions/${refs.topic}/assign`, tokenA, { assignee: 'Drita' });
  assert.equal((await get('/staff/submissions', tokenA, { 'If-None-Match': etag })).status, 200);
  const item = await get(`/staff/submissions/${refs.topic}`, tokenA);
  assert.equal(
    (await get(`/staff/submissions/${refs.topic}`, tokenA, { 'If-None-Match': item.headers.get('etag')! })).status,
    304,
  );
});

test('assign and notes: internal history with the token name; idempotent with a key; never on the status page', async () => {
  const key = { 'Idempotency-Key': 'assign-c1-1' };
  const first = await post(`/staff/submissions/${refs.c1}/assign`, tokenA, { assignee: 'Arta Krasniqi' }, key);
  assert.equal(first.status, 200);
  const one = StaffSubmissionDetailSchema.parse(await first.json());
  assert.equal(one.assignee, 'Arta Krasniqi');
  const replay = await post(`/staff/submissions/${refs.c1}/assign`, tokenA, { assignee: 'Arta Krasniqi' }, key);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(StaffSubmissionDetailSchema.parse(await replay.json()), one);
  const reused = await post(`/staff/submissions/${refs.c1}/assign`, tokenA, { assignee: 'Someone else' }, key);
  assert.equal(reused.status, 422);
  await post(`/staff/submissions/${refs.c1}/notes`, tokenA, { text: 'Called back; waiting for the plan.' });
  const d = await detail(tokenA, refs.c1);
  const assigned = d.history.filter((e) => e.kind === 'assigned');
  assert.equal(assigned.length, 1);
  assert.deepEqual(
    d.history.map((e) => [e.kind, e.visibility, e.by ?? '-']),
    [
      ['received', 'public', '-'],
      ['assigned', 'internal', 'Arta (agency A)'],
      ['note', 'internal', 'Arta (agency A)'],
    ],
  );
  assert.equal(d.history.at(-1)!.text, 'Called back; waiting for the plan.');
  // B cannot act on A's item; A cannot act on the item it was merely named on.
  assert.equal((await post(`/staff/submissions/${refs.c1}/notes`, tokenB, { text: 'x' })).status, 403);
  assert.equal((await post(`/staff/submissions/${refs.named}/assign`, tokenA, { assignee: 'x' })).status, 403);
  assert.equal((await get(`/staff/submissions/${refs.b}`, tokenA)).status, 404);
});

test("status change: the answer must be in the person's language; machine translations stay labelled; the status page shows it", async () => {
  const enOnly = await post(`/feedback/${refs.c1}/status`, tokenA, {
    status: 'answered',
    response: { body: { values: { en: 'Accepted.' } } },
  });
  assert.equal(enOnly.status, 422);
  assert.equal(ProblemDetailsSchema.parse(await enOnly.json()).code, 'response_language_missing');
  const body = {
    values: { sq: 'Propozimi u pranua.', en: 'The proposal was accepted.' },
    source: 'sq',
    origin: { en: { kind: 'machine', from: 'sq' } },
  };
  const ok = await post(`/feedback/${refs.c1}/status`, tokenA, {
    status: 'accepted',
    note: { values: { sq: 'U shqyrtua.' } },
    response: { body, decision: 'accepted' },
  });
  assert.equal(ok.status, 200);
  const d = await detail(tokenA, refs.c1);
  assert.equal(d.status, 'accepted');
  assert.ok(d.closedAt);
  assert.equal(d.response?.body.origin?.['en']?.kind, 'machine');
  const last = d.history.at(-1)!;
  assert.deepEqual(
    [last.kind, last.visibility, last.by, last.status],
    ['status', 'public', 'Arta (agency A)', 'accepted'],
  );
});

test('publish and unpublish with a public reason; the status page shows only public entries', async () => {
  assert.equal((await post(`/feedback/${refs.c1}/publish`, tokenA, {})).status, 200);
  const page = async () =>
    pageOf(CommentListItemSchema).parse(
      await (await h.request('/api/v1/plans/xk-test-plan/commitments/1/comments')).json(),
    );
  const comments = async () => (await page()).items.map((c) => c.reference);
  assert.deepEqual(await comments(), [refs.c1]);
  const publishedAt = (await page()).items[0]?.publishedAt;
  const reason = { values: { sq: 'Përmban të dhëna personale.' }, source: 'sq' };
  h.clock.now = new Date('2026-03-11T09:00:00Z');
  const res = await post(`/staff/submissions/${refs.c1}/unpublish`, tokenA, { reason });
  const d = StaffSubmissionDetailSchema.parse(await res.json());
  assert.equal(d.published, false);
  // The public list keeps a placeholder in its place: the reason, when, and none of the text.
  const removed = await page();
  assert.equal(removed.total, 1);
  assert.deepEqual(removed.items, [
    { reference: refs.c1, removed: true, publishedAt, removedAt: '2026-03-11T09:00:00.000Z', reason },
  ]);
  assert.doesNotMatch(JSON.stringify(removed), /proposal of some length/i, 'the removed text is never public');
  const entry = d.history.at(-1)!;
  assert.deepEqual(
    [entry.kind, entry.visibility, entry.note?.values['sq']],
    ['unpublished', 'public', 'Përmban të dhëna personale.'],
  );
  assert.equal((await post(`/staff/submissions/${refs.c1}/unpublish`, tokenA, {})).status, 400, 'a reason is required');
  // The person's status page: received, accepted (with its note), unpublished (with the reason); no
  // assignment, internal note or publishing.
  const status = FeedbackStatusSchema.parse(
    await (await h.request(`/api/v1/feedback/${statusTokens.get(refs.c1)}`)).json(),
  );
  assert.deepEqual(
    status.history.map((e) => [e.status, e.note?.values['sq'] ?? '-']),
    [
      ['received', '-'],
      ['accepted', 'U shqyrtua.'],
      ['accepted', 'Përmban të dhëna personale.'],
    ],
  );
  assert.equal(status.response?.body.values['sq'], 'Propozimi u pranua.');
  // Published again, it is a comment again, with its text.
  h.clock.now = new Date('2026-03-12T09:00:00Z');
  assert.equal((await post(`/feedback/${refs.c1}/publish`, tokenA, {})).status, 200);
  const again = (await page()).items[0];
  assert.ok(again && !('removed' in again) && again.message === 'A proposal of some length.');
  h.clock.now = new Date('2026-03-10T09:00:00Z');
});

test('transfer: to the other institution with a public note, the new deadline by the SDK rule; it leaves the inbox', async () => {
  const before = await detail(tokenA, refs.permit);
  const note = { values: { sq: 'I kalon ministrisë.' }, source: 'sq' };
  const unknown = await post(`/staff/submissions/${refs.permit}/transfer`, tokenA, {
    institutionId: 'xk-nowhere',
    note,
  });
  assert.equal(unknown.status, 422);
  // An institution of another country answers under other laws and deadlines: a transfer stays in its country.
  await importFile(
    h.db,
    {
      format: 'hapur/v1',
      provenance: { kind: 'example', source: 'server test fixture' },
      institutions: [
        {
          id: 'al-test-c',
          name: { values: { sq: 'Ministria C' }, source: 'sq' },
          kind: 'ministry',
          sector: 'government',
          country: 'AL',
          level: 'central',
        },
      ],
    },
    'albania.json',
  );
  const abroad = await post(`/staff/submissions/${refs.permit}/transfer`, tokenA, { institutionId: 'al-test-c', note });
  assert.equal(abroad.status, 422);
  assert.equal(((await abroad.json()) as { code: string }).code, 'other_country');
  assert.equal((await detail(tokenA, refs.permit)).institutionId, 'xk-test-a', 'still with A');
  const res = await post(`/staff/submissions/${refs.permit}/transfer`, tokenA, { institutionId: 'xk-test-b', note });
  assert.equal(res.status, 200);
  const d = StaffSubmissionDetailSchema.parse(await res.json());
  const want = transferRespondBy(before.respondBy, h.clock.now).toISOString();
  assert.equal(d.respondBy, want);
  assert.equal(d.status, 'forwarded');
  assert.equal(d.institutionId, 'xk-test-b');
  const entry = d.history.at(-1)!;
  assert.deepEqual(
    [entry.kind, entry.from, entry.to, entry.respondBy],
    ['transferred', 'xk-test-a', 'xk-test-b', want],
  );
  assert.ok(!(await list(tokenA)).items.some((i) => i.reference === refs.permit));
  const forB = (await list(tokenB)).items.find((i) => i.reference === refs.permit);
  assert.equal(forB?.actionable, true);
  assert.equal((await post(`/staff/submissions/${refs.permit}/notes`, tokenA, { text: 'x' })).status, 403);
  assert.equal((await post(`/staff/submissions/${refs.permit}/notes`, tokenB, { text: 'Ours now.' })).status, 200);
});

test('transfer reopens a closed item: no closedAt, listed with the open ones by deadline, its contact kept', async () => {
  const ref = await submit({
    type: 'request',
    subject: { topic: 'Wrong office' },
    institutionId: 'xk-test-a',
    consent: true,
    contact: { email: 'drita@example.org' },
  });
  const closed = await post(`/feedback/${ref}/status`, tokenA, {
    status: 'rejected',
    note: { values: { sq: 'Jo e jona.' } },
  });
  assert.equal(closed.status, 200, await closed.clone().text());
  assert.ok((await detail(tokenA, ref)).closedAt, 'closed first');
  const moved = await post(`/staff/submissions/${ref}/transfer`, tokenA, {
    institutionId: 'xk-test-b',
    note: { values: { sq: 'I kalon ministrisë.' } },
  });
  assert.equal(moved.status, 200, await moved.clone().text());
  const d = await detail(tokenB, ref);
  assert.equal(d.status, 'forwarded');
  assert.equal(d.closedAt, undefined, 'a forwarded item is open');
  // Open items come first, nearest deadline first: the reopened one is not left among the closed ones.
  const { items } = await list(tokenB, '?pageSize=100');
  const open = items.filter((i) => i.closedAt === undefined);
  assert.ok(
    items.slice(0, open.length).some((i) => i.reference === ref),
    'among the open ones at the top',
  );
  // Retention deletes the contact details of closed items only: this one keeps its contact.
  await runMaintenance(
    h.db,
    { contactRetentionDays: 1, idempotencyRetentionDays: 7 },
    new Date(h.clock.now.getTime() + 400 * 86_400_000),
  );
  assert.equal((await detail(tokenB, ref)).contact?.email, 'drita@example.org');
});

test("a citizen's status token pasted where a reference goes is not said back in the 404", async () => {
  const token = statusTokens.get(refs.c1)!;
  for (const [path, body] of [
    [`/feedback/${token}/status`, { status: 'in_review' }],
    [`/feedback/${token}/publish`, undefined],
    [`/staff/submissions/${token}/notes`, { text: 'x' }],
  ] as const) {
    const res = await post(path, tokenA, body ?? {});
    assert.equal(res.status, 404, path);
    const text = await res.text();
    assert.ok(!text.includes(token), `${path}: ${text}`);
    assert.match(text, /looks like XK-2026-48207153/);
  }
  const unknown = await post('/staff/submissions/XK-2026-99999999/notes', tokenA, { text: 'x' });
  assert.match(ProblemDetailsSchema.parse(await unknown.json()).detail ?? '', /No submission "XK-2026-99999999"/);
});

test('reading one item: a status token pasted where its reference goes is not said back in the 404 either', async () => {
  const token = statusTokens.get(refs.c1)!;
  const res = await get(`/staff/submissions/${token}`, tokenA);
  assert.equal(res.status, 404);
  const text = await res.text();
  assert.ok(!text.includes(token), text);
  assert.match(text, /looks like XK-2026-48207153/);
  const unknown = await get('/staff/submissions/XK-2026-99999999', tokenA);
  assert.match(ProblemDetailsSchema.parse(await unknown.json()).detail ?? '', /No submission "XK-2026-99999999"/);
});

test('CSV: the same filters, every page, the SDK writer (formula-safe), contact columns', async () => {
  const ref = await submit({
    type: 'feedback',
    subject: { topic: 'Budget' },
    institutionId: 'xk-test-a',
    message: '=HYPERLINK("https://evil.example") please',
    consent: true,
    contact: { name: 'Vjosa' },
  });
  const res = await get('/staff/submissions.csv?type=feedback', tokenA);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  const text = await res.text();
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.ok(lines[0]!.startsWith('reference,type,status,submitted_at,respond_by,overdue'));
  const row = lines.find((l) => l.startsWith(ref))!;
  assert.ok(row.includes(`"'=HYPERLINK(""https://evil.example"") please"`), row);
  assert.ok(row.endsWith(',Vjosa,,'), row);
  assert.equal(lines.length, 1 + (await list(tokenA, '?type=feedback')).total);
  assert.equal((await get('/staff/submissions.csv?type=nope', tokenA)).status, 400);
});

test("CSV: the service's name next to its id, in ?lang= or else the language it was written in", async () => {
  // The building-permit request was transferred to ministry B above; its service is named in en (source), sq, sr-Latn.
  const rows = async (query: string, token = tokenB) => {
    const res = await get(`/staff/submissions.csv${query}`, token);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
  };
  const [header, ...rest] = await rows('?type=request&lang=sq');
  assert.equal(
    header,
    'reference,type,status,submitted_at,respond_by,overdue,closed_at,language,plan_id,commitment_number,service_id,' +
      'service_name,topic,institution_id,assignee,published,message,contact_name,contact_email,contact_phone',
  );
  const permit = rest.find((l) => l.startsWith(refs.permit))!;
  assert.ok(permit.includes(',xk-test-permit,Building permit (sq),'), permit);
  const inEnglish = (await rows('?type=request')).find((l) => l.startsWith(refs.permit))!;
  assert.ok(inEnglish.includes(',xk-test-permit,Building permit,'), inEnglish);
  // A topic (sent to agency A) has no service: both cells stay empty, the columns after them in place.
  const topic = (await rows('?lang=sq', tokenA)).find((l) => l.startsWith(refs.topic))!;
  assert.ok(topic.includes(',,,Parks,xk-test-a,'), topic);
  assert.equal((await get('/staff/submissions.csv?lang=not a tag', tokenB)).status, 400);
});

/** A message to agency A on a topic, in a language, for the search tests: its reference. */
const written = (topic: string, message: string, language: string) =>
  submit({ subject: { topic }, institutionId: 'xk-test-a', message, language });
/** The references agency A's inbox finds for a search. */
const found = async (q: string) => (await list(tokenA, `?q=${encodeURIComponent(q)}`)).items.map((i) => i.reference);

test('q finds Serbian text in either script: a Cyrillic search finds a Latin message and a Latin one a Cyrillic message', async () => {
  const latin = await written('Rasveta', 'Ulična rasveta ne radi kod škole.', 'sr-Latn');
  const cyrillic = await written('Паркови', 'Клупе у парку су сломљене.', 'sr-Latn');
  assert.deepEqual(await found('расвета'), [latin]);
  assert.deepEqual(await found('rasveta'), [latin]);
  assert.deepEqual(await found('klupe'), [cyrillic]);
  assert.deepEqual(await found('љубав'), []);
});

test('q finds text typed without its accents, "đ" typed as "d" or "dj", in any case', async () => {
  const albanian = await written('Rrugë', 'Kërkesë për riparimin e rrugës në lagjen Çagllavica.', 'sq');
  const serbian = await written('Građevinska dozvola', 'Čekam odgovor na zahtev već mesec dana.', 'sr-Latn');
  const macedonian = await written('Улици', 'Ѓубрето не е собрано со недели.', 'mk');
  for (const q of ['kerkese per riparimin', 'KËRKESË', 'cagllavica', 'rruge'])
    assert.deepEqual(await found(q), [albanian], q);
  for (const q of ['gradevinska', 'gradjevinska', 'GRAĐEVINSKA', 'cekam odgovor', 'грађевинска'])
    assert.deepEqual(await found(q), [serbian], q);
  for (const q of ['губрето', 'ЃУБРЕТО']) assert.deepEqual(await found(q), [macedonian], q);
  // A reference is still found as written.
  assert.deepEqual(await found(albanian), [albanian]);
});
