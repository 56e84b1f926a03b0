import { API_ROUTES, PublicServiceSchema, routeUrl, type PublicService, type RouteInput } from '@hapur/sdk';
import { requireCompetent } from '../auth/responsibility.js';
import {
  insertService,
  loadService,
  lockService,
  recordServiceChange,
  serviceChanges,
  type ServiceChangeRow,
  upsertService,
} from '../domain/services.js';
import { etagOf } from '../domain/etag.js';
import { etagAsSent } from '../http/compression.js';
import { JSON_TYPE, matchesEtag, PRIVATE_CACHE, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { readInput, readJson, validate } from '../http/validate.js';
import type { Queryable } from '../db/types.js';
import { API_BASE, currentStaff, type AnyContext, type Handlers } from './define.js';

/** The ETag of a stored service: the one `GET /services/{serviceId}` sends for the same document. */
const etagOfService = (service: PublicService) => etagOf(JSON.stringify(service));

/** JSON with object keys sorted: the database keeps keys in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** The top-level fields that differ (the server's `lastReviewedAt` aside). */
function changedFields(before: PublicService | undefined, after: PublicService): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  keys.delete('lastReviewedAt');
  const get = (s: PublicService | undefined, k: string) => canonical((s as Record<string, unknown> | undefined)?.[k]);
  return [...keys].filter((k) => get(before, k) !== get(after, k)).sort();
}

async function existing(c: AnyContext, db: Queryable, id: string) {
  const service = await loadService(db, id);
  if (!service) throw problems.notFound(`No service "${id}".`);
  requireCompetent(currentStaff(c), service);
  return service;
}

/**
 * Answers the stored revision, read back as `GET /services/{serviceId}` would send it, with its ETag; a service just
 * created answers `201` with its URL in `Location` (RFC 9110).
 */
async function revision(c: AnyContext, db: Queryable, id: string, created = false) {
  const service = (await loadService(db, id))!;
  const etag = etagOfService(service);
  c.header('ETag', etag);
  if (!created) return c.json({ service, etag });
  c.header('Location', `${API_BASE}/${routeUrl(API_ROUTES.getService, { serviceId: id })}`);
  return c.json({ service, etag }, 201);
}

/** The history line of a staff write to service `serviceId`: who, when, what. */
function recordChange(
  c: AnyContext,
  tx: Queryable,
  serviceId: string,
  change: Pick<ServiceChangeRow, 'action' | 'fields' | 'note'>,
) {
  const staff = currentStaff(c);
  const at = c.get('deps').now().toISOString();
  return recordServiceChange(tx, { serviceId, at, by: staff.name, institutionId: staff.institutionId, ...change });
}

/**
 * The ETag of the version the person read (`If-Match`). `*` ("whatever is stored") is refused: it would overwrite
 * another officer's change without a word, which the precondition is there to prevent.
 */
function ifMatchOf(c: AnyContext): string | undefined {
  const value = c.req.header('If-Match');
  if (value?.trim() === '*')
    throw problems.preconditionRequired(
      'If-Match: * would overwrite whatever is stored: send the ETag of the version you read.',
    );
  return value;
}

/** The stored service under its row lock, for a change of the version the person read (`If-Match`). */
async function lockedAsRead(c: AnyContext, tx: Queryable, id: string, ifMatch: string, read: string) {
  const current = await lockService(tx, id);
  if (!current) throw problems.notFound(`No service "${id}".`);
  requireCompetent(currentStaff(c), current.doc);
  if (!matchesEtag(ifMatch, etagOfService(current.doc)))
    throw problems.preconditionFailed(`Service ${id} was changed since the version you ${read}: read it again.`);
  return current;
}

const today = (c: AnyContext) => c.get('deps').now().toISOString().slice(0, 10);

/**
 * Service upkeep by staff of a competent institution: create or replace with a precondition (ETag), withdraw
 * (kept, status `withdrawn`), review (checked, unchanged: a new `lastReviewedAt`), each change recorded with the token's name; `lastReviewedAt` is the server's.
 */
export const serviceUpkeepHandlers = {
  getServiceRevision: async (c) => {
    const { db } = c.get('deps');
    const etag = etagOfService(await existing(c, db, c.req.param('serviceId')));
    // The version the editor holds is still the stored one: nothing to send again.
    if (matchesEtag(c.req.header('If-None-Match'), etag)) {
      // The ETag header of the 200 (the revision, JSON: weak when sent compressed).
      c.header('ETag', etagAsSent(etag, c.req.header('Accept-Encoding'), JSON_TYPE));
      return c.body(null, 304);
    }
    return revision(c, db, c.req.param('serviceId'));
  },

  listServiceChanges: async (c) => {
    const { db } = c.get('deps');
    await existing(c, db, c.req.param('serviceId'));
    return sendJson(c, { items: await serviceChanges(db, c.req.param('serviceId')) }, PRIVATE_CACHE);
  },

  putService: async (c) => {
    const { db } = c.get('deps');
    const staff = currentStaff(c);
    const id = c.req.param('serviceId');
    const input = validate<RouteInput<'putService'>>(API_ROUTES.putService.input, await readJson(c));
    if (input.id !== undefined && input.id !== id)
      throw problems.validation([
        { path: 'id', code: 'id_mismatch', message: `The body's id must be "${id}", as in the URL.` },
      ]);
    const ifMatch = ifMatchOf(c);
    const create = c.req.header('If-None-Match')?.trim() === '*';
    if (!ifMatch && !create)
      throw problems.preconditionRequired(
        'Send If-Match with the ETag of the version you edited, or If-None-Match: * to create a new service.',
      );
    const service = validate(PublicServiceSchema, { ...input, id, lastReviewedAt: today(c) }) as PublicService;
    requireCompetent(staff, service);
    const created = await db.transaction(async (tx) => {
      const current = await lockService(tx, id);
      if (current) requireCompetent(staff, current.doc);
      if (current ? !ifMatch || !matchesEtag(ifMatch, etagOfService(current.doc)) : !create)
        throw problems.preconditionFailed(
          current
            ? `Service ${id} was changed since the version you edited (or exists already): read it again.`
            : `Service ${id} does not exist: send If-None-Match: * to create it.`,
        );
      if (current) await upsertService(tx, service, current.provenance);
      else if (!(await insertService(tx, service, 'real')))
        throw problems.preconditionFailed(`Service ${id} was created by someone else meanwhile: read it.`);
      await recordChange(c, tx, id, {
        action: current ? 'replaced' : 'created',
        fields: changedFields(current?.doc, service),
      });
      return !current;
    });
    return revision(c, db, id, created);
  },

  withdrawService: async (c) => {
    const { db } = c.get('deps');
    const id = c.req.param('serviceId');
    const input = await readInput<RouteInput<'withdrawService'>>(c, API_ROUTES.withdrawService.input);
    const ifMatch = ifMatchOf(c);
    if (!ifMatch) throw problems.preconditionRequired('Send If-Match with the ETag of the version you withdraw.');
    await db.transaction(async (tx) => {
      const current = await lockedAsRead(c, tx, id, ifMatch, 'read');
      if (current.doc.status === 'withdrawn') return;
      await upsertService(tx, { ...current.doc, status: 'withdrawn', lastReviewedAt: today(c) }, current.provenance);
      await recordChange(c, tx, id, {
        action: 'withdrawn',
        fields: ['status'],
        note: input.note,
      });
    });
    return revision(c, db, id);
  },

  /** Checked and still correct: only `lastReviewedAt` changes; the history says `reviewed`, no fields. */
  reviewService: async (c) => {
    const { db } = c.get('deps');
    const id = c.req.param('serviceId');
    await readInput(c, undefined);
    const ifMatch = ifMatchOf(c);
    if (!ifMatch) throw problems.preconditionRequired('Send If-Match with the ETag of the version you checked.');
    await db.transaction(async (tx) => {
      const current = await lockedAsRead(c, tx, id, ifMatch, 'checked');
      await upsertService(tx, { ...current.doc, lastReviewedAt: today(c) }, current.provenance);
      await recordChange(c, tx, id, {
        action: 'reviewed',
        fields: [],
      });
    });
    return revision(c, db, id);
  },
} satisfies Handlers;
