import { createClient, type PublicService, type ServiceChange, type StaffMe } from '@hapur/sdk';
import { jsonResponse as json, problemResponse as problem } from '../../../internal/test/responses.js';

// An in-memory service upkeep API for the editor's tests and stories, played through the real SDK (so the
// block sees the SDK's real error classes): GET /staff/me, GET /services, GET /services/{id}/revision,
// PUT /services/{id} with If-Match / If-None-Match: * (412, 428), POST …/withdraw, POST …/review, GET …/history.

export const STAFF_TOKEN = 'test-staff-token-prishtina';
export const EXPIRED_TOKEN = 'test-staff-token-expired';

const t = (sq: string, srLatn: string, en: string) => ({ values: { sq, 'sr-Latn': srLatn, en } });

/** Two services of Prishtina (one with a fee of 2.50 EUR) and one of another municipality. */
export function sampleServices(): PublicService[] {
  return [
    {
      id: 'prishtina-birth-certificate',
      identifier: 'PR-GC-01',
      name: t('Certifikata e lindjes', 'Izvod iz matične knjige rođenih', 'Birth certificate'),
      description: t(
        'Certifikata e lindjes lëshohet nga zyra e gjendjes civile.',
        'Izvod izdaje kancelarija civilnog stanja.',
        'The civil registry office issues the birth certificate.',
      ),
      competentAuthorityIds: ['xk-prishtina'],
      requiredDocuments: [{ name: t('Letërnjoftimi', 'Lična karta', 'Identity card'), originalRequired: true }],
      costs: [{ id: 'fee', value: 2.5, currency: 'EUR', description: t('Taksa', 'Taksa', 'Fee') }],
      legalDeadline: { duration: 'P15D', text: t('15 ditë', '15 dana', '15 days') },
      channels: [
        {
          id: 'office',
          type: 'in_person',
          address: t('Sheshi Nëna Terezë', 'Trg Majke Tereze', 'Mother Teresa Square'),
        },
      ],
      languages: ['sq', 'sr-Latn', 'en'],
      status: 'active',
      lastReviewedAt: '2026-10-01',
    },
    {
      id: 'prishtina-parking-permit',
      identifier: 'PR-PK-02',
      name: t('Leja e parkimit për banorë', 'Dozvola za parkiranje za stanovnike', 'Residents’ parking permit'),
      description: t('Leje vjetore.', 'Godišnja dozvola.', 'A yearly permit.'),
      competentAuthorityIds: ['xk-prishtina'],
      channels: [],
      languages: ['sq', 'sr-Latn', 'en'],
      status: 'active',
    },
    {
      id: 'peja-water-connection',
      identifier: 'PE-01',
      name: t('Lidhja me ujë', 'Priključak na vodu', 'Water connection'),
      description: t('Lidhja e re.', 'Novi priključak.', 'A new connection.'),
      competentAuthorityIds: ['xk-peja'],
      channels: [],
      languages: ['sq', 'sr-Latn'],
      status: 'active',
    },
  ];
}

export interface FakeUpkeepOptions {
  services?: PublicService[];
  /** Make every list answer wait (the loading story). */
  pending?: boolean;
  /** Answer the list with a 500 (the error story). */
  serverError?: boolean;
  /** Refuse saves, reviews and withdrawals with a 429 and `Retry-After: 90` (the server's write limit). */
  rateLimited?: boolean;
}

/** The fake API: `fetch` to install as `window.fetch`, the requests it saw, the services, and `otherSaves` (someone else). */
export function fakeUpkeep(options: FakeUpkeepOptions = {}) {
  const services = options.services ?? sampleServices();
  const versions = new Map(services.map((s) => [s.id, 1]));
  const history: ServiceChange[] = [];
  const requests: {
    method: string;
    path: string;
    ifMatch: string | null;
    ifNoneMatch: string | null;
    body?: unknown;
    cache?: RequestCache;
  }[] = [];
  const me: StaffMe = {
    name: 'registry',
    institutionId: 'xk-prishtina',
    institutionName: t('Komuna e Prishtinës', 'Opština Priština', 'Municipality of Prishtina'),
    expiresAt: new Date(Date.now() + 100 * 86_400_000).toISOString(),
    webhook: false,
  };
  const etagOf = (id: string) => `"${id}-v${versions.get(id) ?? 0}"`;
  const revision = (s: PublicService) => ({ service: s, etag: etagOf(s.id) });
  const record = (id: string, action: ServiceChange['action'], fields: string[], by = 'registry') =>
    history.push({ serviceId: id, at: new Date().toISOString(), by, institutionId: 'xk-prishtina', action, fields });

  /** Someone else changes a service in between (the 412 case). */
  function otherSaves(id: string, change: (s: PublicService) => void, fields: string[]): void {
    const s = services.find((x) => x.id === id)!;
    change(s);
    versions.set(id, (versions.get(id) ?? 0) + 1);
    record(id, 'replaced', fields, 'other-officer');
  }

  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const request = resource instanceof Request ? resource : new Request(resource, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^.*\/api\/v1/, '');
    const body = request.method === 'GET' ? undefined : ((await request.json().catch(() => undefined)) as unknown);
    const ifMatch = request.headers.get('if-match');
    const ifNoneMatch = request.headers.get('if-none-match');
    requests.push({
      method: request.method,
      path: path + url.search,
      ifMatch,
      ifNoneMatch,
      body,
      cache: request.cache,
    });
    const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const publicRead = path === '/services' && request.method === 'GET'; // the public list: no token needed
    const card = request.method === 'GET' && /^\/services\/[a-z0-9.-]+$/.test(path); // a public card
    if (card) {
      const found = services.find((s) => path === `/services/${s.id}`);
      return found ? json(found) : problem(404, 'not_found');
    }
    if (token === EXPIRED_TOKEN) return problem(401, 'token_expired');
    if (token !== STAFF_TOKEN && !publicRead) return problem(401, 'unauthorized');
    if (path === '/staff/me') return json(me);
    if (publicRead) {
      if (options.pending) return new Promise<Response>(() => undefined);
      if (options.serverError) return problem(500, 'internal');
      const status = url.searchParams.get('status');
      const institution = url.searchParams.get('institution');
      const items = services.filter(
        (s) =>
          (status ? s.status === status : s.status !== 'withdrawn') &&
          (!institution || s.competentAuthorityIds.includes(institution)),
      );
      return json({ items, total: items.length });
    }
    const match = /^\/services\/([a-z0-9.-]+)(?:\/(revision|withdraw|review|history))?$/.exec(path);
    if (!match) return problem(404, 'not_found');
    const [, id, sub] = match as unknown as [string, string, string | undefined];
    const found = services.find((s) => s.id === id);
    if (sub === 'history') return json({ items: history.filter((h) => h.serviceId === id), total: 0 });
    if (sub === 'revision') return found ? json(revision(found)) : problem(404, 'not_found');
    if (found && !found.competentAuthorityIds.includes(me.institutionId)) return problem(403, 'forbidden');
    if (request.method === 'PUT') {
      if (options.rateLimited) return problem(429, 'rate_limited', 'Too many requests', { 'retry-after': '90' });
      if (ifNoneMatch === '*' && found) return problem(412, 'precondition_failed');
      if (ifNoneMatch !== '*' && !ifMatch) return problem(428, 'precondition_required');
      if (ifMatch && (!found || ifMatch !== etagOf(id))) return problem(412, 'precondition_failed');
      const input = { ...(body as PublicService), id, lastReviewedAt: new Date().toISOString().slice(0, 10) };
      if (found) services.splice(services.indexOf(found), 1, input);
      else services.push(input);
      versions.set(id, (versions.get(id) ?? 0) + 1);
      record(id, found ? 'replaced' : 'created', found ? Object.keys(input) : []);
      return json(revision(input));
    }
    if (sub === 'review' && found) {
      if (options.rateLimited) return problem(429, 'rate_limited', 'Too many requests', { 'retry-after': '90' });
      if (ifMatch !== etagOf(id))
        return problem(ifMatch ? 412 : 428, ifMatch ? 'precondition_failed' : 'precondition_required');
      found.lastReviewedAt = new Date().toISOString().slice(0, 10);
      versions.set(id, (versions.get(id) ?? 0) + 1);
      record(id, 'reviewed', []);
      return json(revision(found));
    }
    if (sub === 'withdraw' && found) {
      if (options.rateLimited) return problem(429, 'rate_limited', 'Too many requests', { 'retry-after': '90' });
      if (ifMatch !== etagOf(id)) return problem(412, 'precondition_failed');
      found.status = 'withdrawn';
      versions.set(id, (versions.get(id) ?? 0) + 1);
      record(id, 'withdrawn', ['status']);
      return json(revision(found));
    }
    return problem(404, 'not_found');
  };
  /** A staff client on this fake (the page signs in itself; the block shows no sign-in). */
  const client = (token = STAFF_TOKEN) =>
    createClient({ baseUrl: `${location.origin}/api/v1`, fetch, retry: 0, token });
  return { fetch, client, requests, services, history, otherSaves };
}
