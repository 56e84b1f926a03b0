import {
  CLOSED_FEEDBACK_STATUSES,
  FEEDBACK_STATUSES,
  createClient,
  type FeedbackStatusValue,
  type Institution,
  type StaffHistoryEntry,
  type StaffMe,
  type StaffSubmissionDetail,
} from '@hapur/sdk';
import { jsonResponse as json, problemResponse as problem } from '../../../internal/test/responses.js';

// An in-memory staff API for the inbox's tests and stories, played through the real SDK client (so the
// block sees the SDK's real error classes, ETags and 304s). Dates are relative to the moment it is made.

export const STAFF_TOKEN = 'test-staff-token-prishtina';
export const EXPIRED_TOKEN = 'test-staff-token-expired';
export const REVOKED_TOKEN = 'test-staff-token-revoked';
export const OTHER_TOKEN = 'test-staff-token-other';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Five messages: due in 15 days, due in 2, overdue by 3, a published comment on a commitment, one answered. */
export function sampleItems(now = Date.now()): StaffSubmissionDetail[] {
  const base = {
    overdue: false,
    published: false,
    quarantined: false,
    demonstration: true,
    actionable: true,
    institutionId: 'xk-prishtina',
  };
  const received = (at: number): StaffHistoryEntry => ({
    kind: 'received',
    visibility: 'public',
    at: iso(at),
    status: 'received',
  });
  return [
    {
      ...base,
      reference: 'HP-2026-000101',
      type: 'proposal',
      subject: { topic: 'Parku i lagjes' },
      message: 'Propozoj që parku i lagjes të ketë më shumë ndriçim në mbrëmje.',
      language: 'sq',
      submittedAt: iso(now - 60_000),
      respondBy: iso(now - 60_000 + 15 * DAY),
      status: 'received',
      contact: { name: 'Arta Krasniqi', email: 'arta@example.org' },
      history: [received(now - 60_000)],
    },
    {
      ...base,
      reference: 'HP-2026-000102',
      type: 'request',
      subject: { serviceId: 'prishtina-birth-certificate' },
      serviceName: {
        values: { sq: 'Certifikata e lindjes', 'sr-Latn': 'Izvod iz matične knjige rođenih', en: 'Birth certificate' },
        source: 'sq',
      },
      message: 'Need a copy of my birth certificate sent to my address abroad.',
      language: 'en',
      submittedAt: iso(now - 13 * DAY),
      respondBy: iso(now + 2 * DAY),
      status: 'in_review',
      assignee: 'Besa Gashi',
      history: [
        received(now - 13 * DAY),
        { kind: 'assigned', visibility: 'internal', at: iso(now - 12 * DAY), by: 'registry', assignee: 'Besa Gashi' },
        {
          kind: 'status',
          visibility: 'public',
          at: iso(now - 12 * DAY),
          by: 'registry',
          status: 'in_review',
          note: { values: { en: 'We are checking the register.' }, source: 'en' },
        },
      ],
    },
    {
      ...base,
      reference: 'HP-2026-000103',
      type: 'issue_report',
      subject: { topic: 'Rruga B' },
      message: 'Ulica je puna rupa posle kiše.',
      language: 'sr-Latn',
      submittedAt: iso(now - 18 * DAY),
      respondBy: iso(now - 3 * DAY),
      overdue: true,
      status: 'received',
      history: [received(now - 18 * DAY)],
    },
    {
      ...base,
      reference: 'HP-2026-000104',
      type: 'feedback',
      subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
      message: 'E-Komuna should show the answer deadline on every request.',
      language: 'en',
      submittedAt: iso(now - 5 * DAY),
      respondBy: iso(now + 10 * DAY),
      status: 'acknowledged',
      published: true,
      publishedAt: iso(now - 4 * DAY),
      history: [
        received(now - 5 * DAY),
        { kind: 'published', visibility: 'internal', at: iso(now - 4 * DAY), by: 'moderator' },
      ],
    },
    {
      ...base,
      reference: 'HP-2026-000105',
      type: 'request',
      subject: { topic: 'Orari i zyrës' },
      message: 'Kur hapet zyra e gjendjes civile të shtunën?',
      language: 'sq',
      submittedAt: iso(now - 20 * DAY),
      respondBy: iso(now - 5 * DAY),
      status: 'answered',
      closedAt: iso(now - 9 * DAY),
      response: {
        body: { values: { sq: 'Zyra hapet të shtunën nga ora 8 deri në 12.' }, source: 'sq' },
        respondedAt: iso(now - 9 * DAY),
      },
      history: [received(now - 20 * DAY)],
    },
  ];
}

const institution = (id: string, kind: Institution['kind'], values: Record<string, string>): Institution => ({
  id,
  name: { values, source: 'sq' },
  kind,
  sector: 'government',
  country: id.startsWith('al-') ? 'AL' : 'XK',
  level: kind === 'municipality' ? 'local' : 'central',
});

/**
 * The public list of institutions (`GET /institutions`, ordered by id): the token's own (Prishtina), two
 * municipalities whose Serbian names sort differently by code point (Štrpce, Zvečan), a ministry, an agency
 * without a Serbian name, and Albania's Prime Minister's Office (another country: never a transfer's choice here).
 */
export const sampleInstitutions = (): Institution[] => [
  institution('al-kryeministria', 'government_office', {
    sq: 'Kryeministria',
    en: 'Prime Minister’s Office',
  }),
  institution('xk-aip', 'independent_institution', {
    sq: 'Agjencia për Informim dhe Privatësi',
    en: 'Information and Privacy Agency',
  }),
  institution('xk-mapl', 'ministry', {
    sq: 'Ministria e Administrimit të Pushtetit Lokal',
    'sr-Latn': 'Ministarstvo administracije lokalne samouprave',
    en: 'Ministry of Local Government Administration',
  }),
  institution('xk-prishtina', 'municipality', {
    sq: 'Komuna e Prishtinës',
    'sr-Latn': 'Opština Priština',
    en: 'Municipality of Prishtina',
  }),
  institution('xk-shterpce', 'municipality', {
    sq: 'Komuna e Shtërpcës',
    'sr-Latn': 'Opština Štrpce',
    en: 'Municipality of Shtërpcë',
  }),
  institution('xk-zvecan', 'municipality', {
    sq: 'Komuna e Zveçanit',
    'sr-Latn': 'Opština Zvečan',
    en: 'Municipality of Zvečan',
  }),
];

export interface FakeInboxOptions {
  items?: StaffSubmissionDetail[];
  /** Tokens the API knows, and what it answers for the others. */
  tokens?: Record<string, 'ok' | 'expired' | 'revoked' | 'forbidden' | 'limited'>;
  /** Make every list answer wait (the loading story). */
  pending?: boolean;
  /** Answer every list with a 500 (the error story). */
  serverError?: boolean;
  /** `GET /institutions`: the list (default `sampleInstitutions()`), `'fail'` (a 500) or `'pending'` (never answers). */
  institutions?: Institution[] | 'fail' | 'pending';
}

const CLOSED = new Set<FeedbackStatusValue>(CLOSED_FEEDBACK_STATUSES);

/** The fake API: `fetch` to hand to an SDK client (or to install as `window.fetch`), the requests it saw, and the items. */
export function fakeInbox(options: FakeInboxOptions = {}) {
  const items = options.items ?? sampleItems();
  const tokens = options.tokens ?? {
    [STAFF_TOKEN]: 'ok',
    [EXPIRED_TOKEN]: 'expired',
    [REVOKED_TOKEN]: 'revoked',
    [OTHER_TOKEN]: 'forbidden',
  };
  const requests: { method: string; path: string; auth: string | null; ifNoneMatch: string | null; body?: unknown }[] =
    [];
  let version = 1;
  /** Messages that left the inbox, and what an action on one answers (see `leave`). */
  const left = new Map<string, 403 | 404>();
  const listed = (d: StaffSubmissionDetail) => {
    const { history: _history, response: _response, ...item } = d;
    return item;
  };
  const me: StaffMe = {
    name: 'registry',
    institutionId: 'xk-prishtina',
    institutionName: {
      values: { sq: 'Komuna e Prishtinës', 'sr-Latn': 'Opština Priština', en: 'Municipality of Prishtina' },
    },
    expiresAt: iso(Date.now() + 100 * DAY),
    webhook: false,
  };
  const entry = (kind: StaffHistoryEntry['kind'], extra: Partial<StaffHistoryEntry> = {}): StaffHistoryEntry => ({
    kind,
    visibility: 'internal',
    at: new Date().toISOString(),
    by: 'registry',
    ...extra,
  });

  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const request = resource instanceof Request ? resource : new Request(resource, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/api\/v1/, '');
    const auth = request.headers.get('authorization');
    const body = request.method === 'POST' ? ((await request.json().catch(() => undefined)) as unknown) : undefined;
    requests.push({
      method: request.method,
      path: path + url.search,
      auth,
      ifNoneMatch: request.headers.get('if-none-match'),
      body,
    });
    // The public list of institutions: no token needed (the client sends none).
    if (path === '/institutions') {
      if (options.institutions === 'fail') return problem(500, 'internal');
      if (options.institutions === 'pending') return new Promise<Response>(() => undefined);
      return json({ items: options.institutions ?? sampleInstitutions() });
    }
    const token = auth?.replace(/^Bearer /, '') ?? '';
    const who = tokens[token];
    if (!who) return problem(401, 'unauthorized');
    if (who === 'expired') return problem(401, 'token_expired');
    if (who === 'revoked') return problem(401, 'token_revoked');
    if (path === '/staff/me') return json(me);
    if (who === 'forbidden' && request.method === 'GET') return problem(403, 'forbidden');
    if (path === '/staff/submissions.csv') {
      // The server's write limit answers downloads too (an office behind one address shares it).
      if (who === 'limited') return problem(429, 'rate_limited', 'Too many requests', { 'retry-after': '120' });
      const rows = items.filter((i) => !url.searchParams.get('type') || i.type === url.searchParams.get('type'));
      return new Response(`\uFEFFreference,type\r\n${rows.map((i) => `${i.reference},${i.type}\r\n`).join('')}`, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${me.institutionId}-submissions.csv"`,
        },
      });
    }
    if (path === '/staff/submissions' && request.method === 'GET') {
      if (options.pending) return new Promise<Response>(() => undefined);
      if (options.serverError) return problem(500, 'internal');
      const etag = `"v${version}-${url.search}"`;
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
      const q = url.searchParams;
      const shown = items
        .filter((i) => (q.get('quarantined') === 'true' ? i.quarantined : !i.quarantined))
        .filter((i) => !q.get('status') || i.status === q.get('status'))
        .filter((i) => !q.get('type') || i.type === q.get('type'))
        .filter((i) => q.get('overdue') !== 'true' || i.overdue)
        .filter((i) => !q.get('q') || `${i.reference} ${i.message}`.toLowerCase().includes(q.get('q')!.toLowerCase()))
        // Open items by deadline, then the closed ones (as the API sorts).
        .sort(
          (a, b) =>
            Number(CLOSED.has(a.status)) - Number(CLOSED.has(b.status)) ||
            Date.parse(a.respondBy ?? '9999') - Date.parse(b.respondBy ?? '9999'),
        );
      const byStatus = Object.fromEntries(FEEDBACK_STATUSES.map((st) => [st, 0])) as Record<
        FeedbackStatusValue,
        number
      >;
      for (const i of items.filter((x) => !x.quarantined)) byStatus[i.status] += 1;
      const pageSize = Number(q.get('pageSize') ?? 20);
      const page = Number(q.get('page') ?? 1);
      return json(
        {
          items: shown.slice((page - 1) * pageSize, page * pageSize).map(listed),
          page,
          pageSize,
          total: shown.length,
          counts: {
            byStatus,
            open: items.filter((i) => !CLOSED.has(i.status)).length,
            overdue: items.filter((i) => i.overdue).length,
            quarantined: items.filter((i) => i.quarantined).length,
          },
        },
        200,
        { etag },
      );
    }
    const match = /^\/(?:staff\/submissions|feedback)\/([A-Z]{2,4}-\d{4}-\d{4,8})(?:\/(\w+))?$/.exec(path);
    const item = match ? items.find((i) => i.reference === match[1]) : undefined;
    if (match && request.method !== 'GET' && left.get(match[1]!) === 403) return problem(403, 'forbidden');
    if (!match || !item) return problem(404, 'not_found');
    if (request.method === 'GET') return json(item);
    if (who === 'forbidden') return problem(403, 'forbidden');
    // The server's write limit (429): this token has written too much this minute.
    if (who === 'limited') return problem(429, 'rate_limited', 'Too many requests', { 'retry-after': '30' });
    version += 1;
    const input = (body ?? {}) as Record<string, unknown>;
    switch (match[2]) {
      case 'status': {
        item.status = input.status as FeedbackStatusValue;
        item.history.push(entry('status', { visibility: 'public', status: item.status }));
        if (input.response)
          item.response = {
            ...(input.response as object),
            respondedAt: new Date().toISOString(),
          } as StaffSubmissionDetail['response'];
        return json({ reference: item.reference, status: item.status, at: new Date().toISOString() });
      }
      case 'publish':
        item.published = true;
        item.history.push(entry('published'));
        return json({ reference: item.reference, published: true });
      case 'assign':
        item.assignee = (input.assignee as string | null) ?? undefined;
        item.history.push(entry('assigned', { assignee: item.assignee }));
        return json(item);
      case 'notes':
        item.history.push(entry('note', { text: input.text as string }));
        return json(item);
      case 'unpublish':
        item.published = false;
        item.history.push(entry('unpublished', { visibility: 'public', note: input.reason as never }));
        return json(item);
      case 'transfer':
        item.actionable = false;
        item.history.push(entry('transferred', { visibility: 'public', to: input.institutionId as string }));
        return json(item);
      case 'release':
        item.quarantined = false;
        item.history.push(entry('released'));
        return json(item);
      default:
        return problem(404, 'not_found');
    }
  };

  /** A new message arrives (the refresh should announce it). */
  const arrive = (detail: StaffSubmissionDetail) => {
    items.push(detail);
    version += 1;
  };
  /**
   * A message leaves the inbox: out of the list and 404 to a read, as the API does. An action on it answers 403 when
   * another officer transferred it (the API: another institution answers for it now), 404 when it was removed.
   */
  const leave = (reference: string, action: 403 | 404 = 403) => {
    items.splice(
      items.findIndex((i) => i.reference === reference),
      1,
    );
    left.set(reference, action);
    version += 1;
  };
  const client = (token = STAFF_TOKEN) =>
    createClient({ baseUrl: `${location.origin}/api/v1`, fetch, retry: 0, token });
  return { fetch, requests, items, client, arrive, leave };
}
