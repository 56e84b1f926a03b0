import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import {
  CoCreationProcessDetailSchema,
  ContributionSchema,
  OpportunityListSchema,
  ProblemDetailsSchema,
  createStaticClient,
  strayLatin,
  UI_LANGUAGES,
} from '@hapur/sdk';
import { exportStatic } from '../export-static.js';
import { createStaffToken } from '../auth/tokens.js';
import { auditOf, loadContribution } from '../domain/cocreation.js';
import { seedIfEmpty } from '../seed/shipped.js';
import { createHarness, type Harness } from '../testing/harness.js';

const XK = 'xk-ogp-2026-2030';
let h: Harness;
let amshc: string;
let mapl: string;
before(async () => {
  h = await createHarness();
  await seedIfEmpty(h.db, { error: (m, f) => assert.fail(`${m} ${JSON.stringify(f)}`) });
  amshc = await createStaffToken(h.db, 'AMSHC editor', 'xk-amshc');
  mapl = await createStaffToken(h.db, 'MAPL editor', 'xk-mapl');
});
after(() => h.close());

const json = async (path: string) => {
  const res = await h.request(path);
  assert.equal(res.status, 200, path);
  return res.json();
};
const list = async (query = '') =>
  OpportunityListSchema.parse(await json(`/api/v1/participation/opportunities${query}`));
const post = (path: string, token: string | undefined, body: unknown) =>
  h.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
/** The VEVENTs of an iCalendar text, as ical.js reads them (its VTIMEZONEs registered, so times convert). */
const events = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
};

test('the list puts open and upcoming first, marks demonstration items, and names the organisers', async () => {
  const { items, institutions } = await list();
  assert.deepEqual(
    items.map((o) => [o.id, o.status]),
    [
      [`${XK}-demo-comment-period`, 'open'],
      [`${XK}-demo-hearing`, 'upcoming'],
      ['al-ogp-2018-2020-coordinators-workshop', 'closed'],
      [`${XK}-amshc-meeting`, 'closed'],
      [`${XK}-training`, 'closed'],
      [`${XK}-demo-public-call`, 'cancelled'],
    ],
  );
  assert.deepEqual(
    items.filter((o) => o.demonstration).map((o) => o.id.replace(`${XK}-`, '')),
    ['demo-comment-period', 'demo-hearing', 'demo-public-call'],
  );
  // The seeds give no date for the training and the AMSHC meeting: none is invented.
  assert.deepEqual(items.find((o) => o.id === `${XK}-training`)?.when, { kind: 'unspecified' });
  assert.deepEqual(institutions.map((i) => i.id).sort(), ['al-dzhm', 'xk-amshc', 'xk-mapl']);
});

test('filters: institution, process, kind, status, and from/to (which never keep an undated one)', async () => {
  const ids = async (q: string) => (await list(q)).items.map((o) => o.id);
  assert.deepEqual(await ids('?institution=xk-amshc'), [`${XK}-amshc-meeting`]);
  assert.deepEqual(await ids('?process=al-ogp-2018-2020'), ['al-ogp-2018-2020-coordinators-workshop']);
  assert.deepEqual(await ids('?kind=workshop'), ['al-ogp-2018-2020-coordinators-workshop']);
  assert.deepEqual(await ids('?status=open'), [`${XK}-demo-comment-period`]);
  assert.deepEqual(await ids('?from=2018-01-01&to=2018-12-31'), ['al-ogp-2018-2020-coordinators-workshop']);
  const bad = await h.request('/api/v1/participation/opportunities?kind=party&from=2027-02-30');
  assert.equal(bad.status, 400);
  const problem = ProblemDetailsSchema.parse(await bad.json());
  assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['from', 'kind']);
  // A period that ends before it starts (dates swapped) is refused, in the list and the feed, not answered with nothing.
  for (const path of ['/api/v1/participation/opportunities', '/api/v1/participation/opportunities.ics']) {
    const backwards = await h.request(`${path}?from=2018-12-31&to=2018-01-01`);
    assert.equal(backwards.status, 400, path);
    const { errors } = ProblemDetailsSchema.parse(await backwards.json());
    assert.deepEqual(
      errors?.map((e) => [e.path, e.code]),
      [['from', 'invalid_date']],
      path,
    );
    assert.match(errors?.[0]?.message ?? '', /starts \(2018-12-31\) after it ends \(2018-01-01\)/);
  }
});

test('the .ics feed parses, keeps UIDs stable, puts days as all-day and times in their zone, leaves undated out', async () => {
  const res = await h.request('/api/v1/participation/opportunities.ics?lang=en');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
  const ics = await res.text();
  const all = events(ics);
  assert.deepEqual(all.map((e) => e.uid).sort(), [
    'al-ogp-2018-2020-coordinators-workshop@hapur',
    `${XK}-demo-comment-period@hapur`,
    `${XK}-demo-hearing@hapur`,
    `${XK}-demo-public-call@hapur`,
  ]);
  const workshop = all.find((e) => e.uid.startsWith('al-'))!;
  assert.equal(workshop.startDate.isDate, true);
  assert.equal(workshop.startDate.toString(), '2018-06-25');
  assert.equal(workshop.endDate.toString(), '2018-06-26', 'the end of a whole day is exclusive');
  assert.equal(workshop.summary, 'Workshop with the group of OGP coordinators');
  const hearing = all.find((e) => e.uid === `${XK}-demo-hearing@hapur`)!;
  assert.equal(hearing.component.getFirstProperty('dtstart')?.getParameter('tzid'), 'Europe/Belgrade');
  assert.equal(hearing.startDate.toJSDate().toISOString(), '2027-01-20T09:00:00.000Z');
  assert.equal(hearing.endDate.toJSDate().toISOString(), '2027-01-20T11:00:00.000Z');
  assert.match(hearing.description, /Demonstration data/);
  const cancelled = all.find((e) => e.uid === `${XK}-demo-public-call@hapur`)!;
  assert.equal(cancelled.component.getFirstPropertyValue('status'), 'CANCELLED');
  // The same bytes on a second request (stable UIDs and stamps), so the ETag holds.
  assert.equal(await (await h.request('/api/v1/participation/opportunities.ics?lang=en')).text(), ics);
  // Without ?lang, the language the opportunities are written in: the shipped ones are written in Albanian.
  assert.match(await (await h.request('/api/v1/participation/opportunities.ics')).text(), /SUMMARY:Workshop me grupin/);
  // A language Hapur has no words for (a Macedonian reader) gets English words, as the blocks do, not Albanian ones.
  const mk = await (await h.request('/api/v1/participation/opportunities.ics?lang=mk')).text();
  assert.match(mk, /^PRODID:-\/\/Hapur\/\/Participation calendar\/\/EN$/m);
  assert.match(mk, /Demonstration data/);
});

test("the calendar files are the same bytes whatever the server's own time zone", async () => {
  // Times are written in the opportunity's zone (TZID) and days as all-day dates, never in the host's zone:
  // a server in New York or Tokyo writes the same feed as one on UTC. Node applies a changed TZ at once.
  const files = async () =>
    Promise.all(
      [
        '/api/v1/participation/opportunities.ics?lang=en',
        `/api/v1/participation/opportunities/${XK}-demo-hearing/calendar.ics`,
        '/api/v1/participation/opportunities/al-ogp-2018-2020-coordinators-workshop/calendar.ics',
      ].map(async (path) => (await h.request(path)).text()),
    );
  const saved = process.env['TZ'];
  try {
    process.env['TZ'] = 'UTC';
    const utc = await files();
    for (const zone of ['America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env['TZ'] = zone;
      assert.equal(new Date(2026, 0, 1).getTimezoneOffset() !== 0, true, `the process runs in ${zone}`);
      assert.deepEqual(await files(), utc, zone);
    }
  } finally {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  }
});

test('one opportunity as a calendar file; an undated one has none', async () => {
  const res = await h.request(`/api/v1/participation/opportunities/${XK}-demo-hearing/calendar.ics`);
  assert.equal(res.status, 200);
  assert.match(
    res.headers.get('content-disposition') ?? '',
    /attachment; filename="xk-ogp-2026-2030-demo-hearing.ics"/,
  );
  assert.deepEqual(
    events(await res.text()).map((e) => e.uid),
    [`${XK}-demo-hearing@hapur`],
  );
  assert.equal((await h.request(`/api/v1/participation/opportunities/${XK}-training/calendar.ics`)).status, 404);
  assert.equal((await h.request('/api/v1/participation/opportunities/nope/calendar.ics')).status, 404);
});

test('without ?lang a calendar is in the language each opportunity is written in, its words too', async () => {
  // A hearing the organiser wrote in Serbian only, among the Albanian-written demonstration ones.
  const serbian = {
    id: 'xk-mapl-serbian-hearing',
    kind: 'hearing',
    title: { values: { 'sr-Latn': 'Javna rasprava o budžetu' }, source: 'sr-Latn' },
    howToTakePart: { values: { 'sr-Latn': 'Dođite u salu opštine.' }, source: 'sr-Latn' },
    organiserInstitutionId: 'xk-mapl',
    when: { kind: 'date', start: '2027-04-02' },
    status: 'upcoming',
  };
  assert.equal((await post('/api/v1/participation/opportunities', mapl, serbian)).status, 201);
  const own = await (await h.request(`/api/v1/participation/opportunities/${serbian.id}/calendar.ics`)).text();
  // Serbian words around Serbian text, not Albanian ones, and the calendar named in Serbian.
  assert.match(own, /Kako učestvovati: Dođite u salu opštine\./);
  assert.doesNotMatch(own, /Si të merrni pjesë/);
  assert.match(own, /^X-WR-CALNAME:Mogućnosti za učešće$/m);
  // Asked for Albanian, the words are Albanian; the text, written only in Serbian, stays Serbian.
  const sq = await (await h.request(`/api/v1/participation/opportunities/${serbian.id}/calendar.ics?lang=sq`)).text();
  assert.match(sq, /Si të merrni pjesë: Dođite u salu opštine\./);
  // The whole feed: each event in its own language; the feed's name in the language most of them are written in.
  const feed = events(await (await h.request('/api/v1/participation/opportunities.ics')).text());
  const description = (id: string) => feed.find((e) => e.uid === `${id}@hapur`)?.description ?? '';
  assert.match(description(serbian.id), /^Kako učestvovati: /m);
  assert.match(description(`${XK}-demo-hearing`), /Të dhëna demonstruese, jo ngjarje e vërtetë\./);
  assert.match(await (await h.request('/api/v1/participation/opportunities.ics')).text(), /^X-WR-CALNAME:Mundësi/m);
});

test('a Serbian Cyrillic calendar has its texts in Cyrillic too, not the Latin they are stored in', async () => {
  // The demonstration hearing is written in Albanian with a Serbian translation in Latin script, as Kosovo's data is.
  const path = `/api/v1/participation/opportunities/${XK}-demo-hearing/calendar.ics?lang=sr-Cyrl`;
  const [hearing] = events(await (await h.request(path)).text());
  assert.equal(hearing?.summary, 'Јавно саслушање о нацрту Акционог плана 2026–2030');
  assert.match(hearing?.description ?? '', /^Приступачност: Превод на знаковни језик на захтев\.$/m);
  // The feed, in which every text is read the same way; an address stays as it is.
  for (const event of events(await (await h.request('/api/v1/participation/opportunities.ics?lang=sr-Cyrl')).text()))
    for (const value of [event.summary, event.description, event.location])
      assert.deepEqual(strayLatin((value ?? '').replace(/https:\/\/\S+/g, '')), [], `${event.uid}: ${value}`);
});

test('a start that is neither a day nor a time with its offset is refused with a sentence saying which forms to use', async () => {
  const hearing = (start: string) => ({
    kind: 'hearing',
    title: { values: { sq: 'Dëgjim publik' }, source: 'sq' },
    organiserInstitutionId: 'xk-mapl',
    when: { kind: 'date_time', start, timeZone: 'Europe/Belgrade' },
    status: 'upcoming',
  });
  // A local time without its offset (the zone is beside it), an impossible day, a day written the local way.
  for (const start of ['2027-01-20T10:00:00', '2027-02-30', '20.01.2027']) {
    const res = await post('/api/v1/participation/opportunities', mapl, hearing(start));
    assert.equal(res.status, 400, start);
    const { errors } = ProblemDetailsSchema.parse(await res.json());
    assert.equal(errors?.[0]?.path, 'when.start', start);
    assert.equal(
      errors?.[0]?.message,
      'Use a real calendar date, YYYY-MM-DD, or a date and time with its offset, e.g. 2027-01-20T10:00:00+01:00.',
      start,
    );
  }
});

test("a process: the AMSHC meeting's six recommended measures, each under consideration", async () => {
  const detail = CoCreationProcessDetailSchema.parse(await json(`/api/v1/cocreation/${XK}`));
  assert.equal(detail.contributions.length, 6);
  assert.deepEqual(detail.counts, { adopted: 0, partly_adopted: 0, not_adopted: 0, under_consideration: 6 });
  assert.equal(detail.contributions[0]?.text.values['sq'], 'Forcimi i mekanizmave të konsultimit publik');
  assert.ok(detail.contributions.every((c) => c.from.kind === 'participants'));
  assert.ok(detail.institutions.some((i) => i.id === 'xk-amshc'));
  assert.equal((await h.request('/api/v1/cocreation/nope')).status, 404);
});

test('staff record "adopted into commitment 1": scoped to the organiser, reasoned, audited, shown publicly', async () => {
  const path = `/api/v1/cocreation/contributions/${XK}-amshc-m1/response`;
  const seeded = (await loadContribution(h.db, `${XK}-amshc-m1`))?.response;
  const adopted = { status: 'adopted', adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }] };
  assert.equal((await post(path, undefined, adopted)).status, 401);
  assert.equal((await post(path, mapl, adopted)).status, 403, 'another institution may not answer');
  const unreasoned = await post(path, amshc, { status: 'not_adopted' });
  assert.equal(unreasoned.status, 400);
  assert.equal(ProblemDetailsSchema.parse(await unreasoned.json()).errors?.[0]?.path, 'reason');
  // "Adopted into" names a plan, commitment and milestone that exist: the claim is shown publicly.
  const refused = async (link: object) => {
    const answer = await post(path, amshc, { status: 'adopted', adoptedInto: [link] });
    assert.equal(answer.status, 400, JSON.stringify(link));
    const [error] = ProblemDetailsSchema.parse(await answer.json()).errors ?? [];
    return [error?.path, error?.code, error?.message];
  };
  assert.deepEqual(await refused({ planId: 'nope', commitmentNumber: '1' }), [
    'adoptedInto[0].planId',
    'unknown_reference',
    'No action plan "nope".',
  ]);
  assert.deepEqual(await refused({ planId: 'xk-2026-2028', commitmentNumber: '999' }), [
    'adoptedInto[0].commitmentNumber',
    'unknown_reference',
    'Plan "xk-2026-2028" has no commitment 999.',
  ]);
  assert.deepEqual(await refused({ planId: 'xk-2026-2028', commitmentNumber: '1', milestoneNumber: '99' }), [
    'adoptedInto[0].milestoneNumber',
    'unknown_reference',
    'Commitment 1 of plan "xk-2026-2028" has no milestone 99.',
  ]);
  assert.deepEqual((await loadContribution(h.db, `${XK}-amshc-m1`))?.response, seeded, 'nothing stored');

  h.clock.now = new Date('2027-02-15T10:00:00Z');
  const res = await post(path, amshc, adopted);
  assert.equal(res.status, 200);
  const stored = ContributionSchema.parse(await res.json());
  assert.deepEqual(stored.response, { ...adopted, respondedBy: 'xk-amshc', respondedAt: '2027-02-15T10:00:00.000Z' });
  const detail = CoCreationProcessDetailSchema.parse(await json(`/api/v1/cocreation/${XK}`));
  assert.deepEqual(detail.counts, { adopted: 1, partly_adopted: 0, not_adopted: 0, under_consideration: 5 });
  assert.deepEqual(
    (await auditOf(h.db, `${XK}-amshc-m1`)).map((a) => [a.action, a.institutionId, a.staffName, a.at]),
    [['record_response', 'xk-amshc', 'AMSHC editor', '2027-02-15T10:00:00.000Z']],
  );
});

test("staff create and update their own institution's opportunities, audited; others get 403, a taken id 409", async () => {
  const input = {
    id: 'xk-mapl-test-hearing',
    kind: 'hearing',
    title: { values: { sq: 'Dëgjim publik' } },
    organiserInstitutionId: 'xk-mapl',
    processId: XK,
    when: { kind: 'date_time', start: '2027-03-10T10:00:00+01:00', timeZone: 'Europe/Belgrade' },
    status: 'upcoming',
  };
  assert.equal((await post('/api/v1/participation/opportunities', amshc, input)).status, 403);
  const created = await post('/api/v1/participation/opportunities', mapl, input);
  assert.equal(created.status, 201);
  assert.equal((await post('/api/v1/participation/opportunities', mapl, input)).status, 409);
  // A zone with the outline of one that does not exist is refused at its field; every page that shows
  // opportunities keeps working.
  const mars = await post('/api/v1/participation/opportunities', mapl, {
    ...input,
    id: 'xk-mapl-mars',
    when: { ...input.when, timeZone: 'Mars/Olympus' },
  });
  assert.equal(mars.status, 400);
  assert.deepEqual(
    ProblemDetailsSchema.parse(await mars.json()).errors?.map((e) => [e.path, e.message]),
    [['when.timeZone', 'Use an IANA time zone this server knows, such as Europe/Belgrade or UTC.']],
  );
  for (const page of ['/participation/opportunities', '/participation/opportunities.ics', `/cocreation/${XK}`])
    assert.equal((await h.request(`/api/v1${page}`)).status, 200, page);
  const unknownProcess = await post('/api/v1/participation/opportunities', mapl, {
    ...input,
    id: 'x2',
    processId: 'nope',
  });
  assert.equal(unknownProcess.status, 404);

  const cancelled = { ...input, status: 'cancelled' };
  assert.equal((await post(`/api/v1/participation/opportunities/${input.id}`, amshc, cancelled)).status, 403);
  const updated = await post(`/api/v1/participation/opportunities/${input.id}`, mapl, cancelled);
  assert.equal(updated.status, 200);
  assert.equal(
    (await list('?status=cancelled')).items.some((o) => o.id === input.id),
    true,
  );
  const ics = await (await h.request(`/api/v1/participation/opportunities/${input.id}/calendar.ics`)).text();
  assert.match(ics, /STATUS:CANCELLED/);
  assert.deepEqual(
    (await auditOf(h.db, input.id)).map((a) => a.action),
    ['create_opportunity', 'update_opportunity'],
  );
});

test('two creates of one opportunity id at the same moment: one 201, the other 409, the first kept whole', async () => {
  const input = (n: number) => ({
    id: 'xk-mapl-same-moment',
    kind: 'hearing',
    title: { values: { sq: `Dëgjim ${n}` } },
    organiserInstitutionId: 'xk-mapl',
    processId: XK,
    when: { kind: 'date', start: '2027-04-01' },
    status: 'upcoming',
  });
  const answers = await Promise.all(
    [1, 2, 3, 4].map((n) => post('/api/v1/participation/opportunities', mapl, input(n))),
  );
  assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409, 409, 409]);
  const created = (await answers.find((a) => a.status === 201)?.json()) as { title: unknown };
  const stored = (await list()).items.find((o) => o.id === 'xk-mapl-same-moment');
  assert.deepEqual(stored?.title, created.title, 'a later create did not overwrite the one answered 201');
});

test('two updates of one opportunity at the same moment: the later audit entry holds the earlier text as replaced', async () => {
  const id = 'xk-mapl-updated-together';
  const input = (n: number) => ({
    id,
    kind: 'hearing',
    title: { values: { sq: `Dëgjim ${n}` } },
    organiserInstitutionId: 'xk-mapl',
    processId: XK,
    when: { kind: 'date', start: '2027-05-01' },
    status: 'upcoming',
  });
  assert.equal((await post('/api/v1/participation/opportunities', mapl, input(0))).status, 201);
  const sent = await Promise.all(
    [1, 2, 3, 4].map((n) => post(`/api/v1/participation/opportunities/${id}`, mapl, input(n))),
  );
  assert.deepEqual(
    sent.map((r) => r.status),
    [200, 200, 200, 200],
  );
  const { rows } = await h.db.query<{ before: { title: unknown }; after: { title: unknown } }>(
    'SELECT before, after FROM cocreation_audit WHERE target_id = $1 ORDER BY id',
    [id],
  );
  assert.equal(rows.length, 5);
  // Each entry's "before" is the text the one before it stored: no update is missing from the audit trail.
  for (let i = 1; i < rows.length; i++)
    assert.deepEqual(rows[i]!.before.title, rows[i - 1]!.after.title, `entry ${i + 1}`);
});

test('static mode: export-static writes the list, the feed, one file per dated opportunity and each process', async () => {
  const out = mkdtempSync(join(tmpdir(), 'hapur-cocreation-static-'));
  try {
    await exportStatic(h.db, out);
    assert.ok(existsSync(join(out, 'participation/opportunities.ics')));
    assert.ok(existsSync(join(out, `participation/opportunities/${XK}-demo-hearing/calendar.ics`)));
    assert.ok(!existsSync(join(out, `participation/opportunities/${XK}-training`)), 'no file for an undated one');
    // The SDK's static client reads the same answers from the files, filtering in the browser.
    const fetch = async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const file = join(out, url.pathname.replace(/^\/data\//, ''));
      return existsSync(file)
        ? new Response(readFileSync(file), { headers: { 'content-type': 'application/json' } })
        : new Response('{}', { status: 404 });
    };
    const client = createStaticClient('https://files.example.org/data/', { fetch: fetch as typeof globalThis.fetch });
    const viaApi = OpportunityListSchema.parse(await json('/api/v1/participation/opportunities?institution=xk-amshc'));
    assert.deepEqual(await client.listOpportunities({ institution: 'xk-amshc' }), viaApi);
    const detail = await client.getCoCreationProcess(XK);
    assert.deepEqual(detail, CoCreationProcessDetailSchema.parse(await json(`/api/v1/cocreation/${XK}`)));
    assert.equal(
      client.calendarUrl({ opportunityId: `${XK}-demo-hearing` }),
      `https://files.example.org/data/participation/opportunities/${XK}-demo-hearing/calendar.ics`,
    );
    assert.equal(client.calendarUrl({ kind: 'workshop' }), undefined, 'a filtered feed needs the API');
    // Each calendar in every UI language too, as the API answers `?lang=`; a link in one of them points at its file,
    // one in any other language at the default file.
    const hearing = `participation/opportunities/${XK}-demo-hearing/calendar`;
    for (const lang of UI_LANGUAGES) {
      for (const [file, path] of [
        [`participation/opportunities.${lang}.ics`, '/api/v1/participation/opportunities.ics'],
        [`${hearing}.${lang}.ics`, `/api/v1/${hearing}.ics`],
      ] as const) {
        assert.equal(
          readFileSync(join(out, file), 'utf8'),
          await (await h.request(`${path}?lang=${lang}`)).text(),
          file,
        );
      }
    }
    assert.notEqual(
      readFileSync(join(out, `${hearing}.sr-Latn.ics`), 'utf8'),
      readFileSync(join(out, `${hearing}.en.ics`), 'utf8'),
      'the files differ by language',
    );
    assert.equal(
      client.calendarUrl({ opportunityId: `${XK}-demo-hearing`, lang: 'sr-Latn' }),
      `https://files.example.org/data/${hearing}.sr-Latn.ics`,
    );
    assert.equal(
      client.calendarUrl({ lang: 'en' }),
      'https://files.example.org/data/participation/opportunities.en.ics',
    );
    assert.equal(
      client.calendarUrl({ opportunityId: `${XK}-demo-hearing`, lang: 'mk' }),
      `https://files.example.org/data/${hearing}.ics`,
      'a language with no file of its own: the default file',
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('two answers to one contribution at the same moment: the later audit entry holds the earlier answer as replaced', async () => {
  const id = `${XK}-amshc-m2`;
  const path = `/api/v1/cocreation/contributions/${id}/response`;
  const answers = [
    { status: 'adopted', adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }] },
    { status: 'under_consideration' },
    { status: 'adopted', adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }] },
    { status: 'under_consideration' },
  ];
  const sent = await Promise.all(answers.map((a) => post(path, amshc, a)));
  assert.deepEqual(
    sent.map((r) => r.status),
    [200, 200, 200, 200],
  );
  const { rows } = await h.db.query<{ before: { response?: unknown }; after: { response?: unknown } }>(
    "SELECT before, after FROM cocreation_audit WHERE target_id = $1 AND action = 'record_response' ORDER BY id",
    [id],
  );
  assert.equal(rows.length, 4);
  // Each entry's "before" is the answer the one before it stored: none was lost from the audit trail.
  for (let i = 1; i < rows.length; i++)
    assert.deepEqual(rows[i]!.before.response, rows[i - 1]!.after.response, `entry ${i + 1}`);
  assert.deepEqual((await loadContribution(h.db, id))?.response, rows.at(-1)!.after.response);
});
