import type { Hono } from 'hono';
import { toJsonLd, type Institution, type PublicService } from '@hapur/sdk';
import type { AppEnv } from '../app.js';
import type { Queryable } from '../db/driver.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';

async function allServices(db: Queryable): Promise<PublicService[]> {
  const { rows } = await db.query<{ doc: PublicService }>('SELECT doc FROM services ORDER BY id');
  return rows.map((r) => r.doc);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');

/** Filters as the static source does client-side: institution, free text (any language, accents ignored), language offered. */
export function filterServices(
  services: readonly PublicService[],
  q: { institution?: string; q?: string; lang?: string },
): PublicService[] {
  const needle = q.q ? fold(q.q.trim()) : '';
  return services.filter(
    (s) =>
      (!q.institution || s.competentAuthorityIds.includes(q.institution)) &&
      (!q.lang || s.languages.includes(q.lang)) &&
      (!needle ||
        [...Object.values(s.name.values), ...Object.values(s.description.values)].some((t) =>
          fold(t).includes(needle),
        )),
  );
}

/** Read endpoints for public services (CPSV-AP), with schema.org JSON-LD on request. */
export function serviceRoutes(app: Hono<AppEnv>): void {
  app.get('/api/v1/services', async (c) => {
    const { institution, q, lang } = c.req.query();
    const items = filterServices(await allServices(c.get('deps').db), {
      ...(institution ? { institution } : {}),
      ...(q ? { q } : {}),
      ...(lang ? { lang } : {}),
    });
    return sendJson(c, { items });
  });

  app.get('/api/v1/services/:serviceId', async (c) => {
    const { rows } = await c
      .get('deps')
      .db.query<{ doc: PublicService }>('SELECT doc FROM services WHERE id = $1', [c.req.param('serviceId')]);
    const service = rows[0]?.doc;
    if (!service) throw problems.notFound(`No service "${c.req.param('serviceId')}".`);
    if (c.req.query('format') === 'jsonld') {
      // One language per document (search engines index the page's language): ?lang=, else the first the service offers.
      const lang = c.req.query('lang') ?? service.languages[0] ?? 'sq';
      c.header('Content-Language', lang);
      const { rows: authorities } = await c
        .get('deps')
        .db.query<{ doc: Institution }>('SELECT doc FROM institutions WHERE id = ANY($1)', [
          service.competentAuthorityIds,
        ]);
      const institutions = authorities.map((r) => r.doc);
      return sendCached(
        c,
        JSON.stringify(toJsonLd(service, lang, { institutions })),
        'application/ld+json; charset=utf-8',
      );
    }
    return sendJson(c, service);
  });
}
