import { toJsonLd } from '@hapur/sdk';
import { filterServices, serviceFilterFrom } from '@hapur/sdk/rules';
import { loadInstitutions } from '../domain/institutions.js';
import { allServices, loadService } from '../domain/services.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import type { Handlers } from './define.js';

/** Read endpoints for public services (CPSV-AP), with schema.org JSON-LD on request. */
export const serviceHandlers = {
  listServices: async (c) => {
    // The SDK's filter, the one the client applies to a static export: both modes answer the same.
    const items = filterServices(await allServices(c.get('deps').db), serviceFilterFrom(c.req.query()));
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
