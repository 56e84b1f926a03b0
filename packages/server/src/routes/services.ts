import { toJsonLd, type PublicService } from '@hapur/sdk';
import { loadInstitutions } from '../domain/institutions.js';
import { allServices, loadService } from '../domain/services.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import type { Handlers } from './define.js';

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
export const serviceHandlers = {
  listServices: async (c) => {
    const { institution, q, lang } = c.req.query();
    const items = filterServices(await allServices(c.get('deps').db), {
      ...(institution ? { institution } : {}),
      ...(q ? { q } : {}),
      ...(lang ? { lang } : {}),
    });
    return sendJson(c, { items });
  },

  getService: async (c) => {
    const { db } = c.get('deps');
    const service = await loadService(db, c.req.param('serviceId'));
    if (!service) throw problems.notFound(`No service "${c.req.param('serviceId')}".`);
    if (c.req.query('format') === 'jsonld') {
      // One language per document (search engines index the page's language): ?lang=, else the first the service offers.
      const lang = c.req.query('lang') ?? service.languages[0] ?? 'sq';
      c.header('Content-Language', lang);
      const institutions = await loadInstitutions(db, service.competentAuthorityIds);
      return sendCached(
        c,
        JSON.stringify(toJsonLd(service, lang, { institutions })),
        'application/ld+json; charset=utf-8',
      );
    }
    return sendJson(c, service);
  },
} satisfies Handlers;
