import { SERVICE_STATUSES, cyrillicToLatin, jsonLdLanguage, jsonLdScriptJson, toJsonLd } from '@hapur/sdk';
import { filterServices, serviceFilterFrom } from '@hapur/sdk/rules';
import { loadInstitutions } from '../domain/institutions.js';
import { allServices, loadService } from '../domain/services.js';
import { sendCached, sendJson } from '../http/conditional.js';
import { problems } from '../http/problem.js';
import { QUERY, oneOf, readQuery } from '../http/query.js';
import type { Handlers } from './define.js';

/** Read endpoints for public services (CPSV-AP), with schema.org JSON-LD on request. */
export const serviceHandlers = {
  listServices: async (c) => {
    // The SDK's filter, the one the client applies to a static export: both modes answer the same, `q` in either
    // Serbian script (cyrillicToLatin on both sides). lang is checked first: only a language tag may filter (or reach a header).
    const { lang } = readQuery(c, { lang: QUERY.langFilter, status: oneOf(SERVICE_STATUSES) });
    const filter = serviceFilterFrom({ ...c.req.query(), lang });
    const items = filterServices(await allServices(c.get('deps').db), filter, cyrillicToLatin);
    return sendJson(c, { items });
  },

  getService: async (c) => {
    const { db } = c.get('deps');
    // The query first: a bad one is a 400 naming it, whether or not the service exists (`lang` counts for JSON-LD only).
    const jsonLd = readQuery(c, { format: oneOf(['jsonld']) }).format !== undefined;
    const asked = jsonLd ? readQuery(c, { lang: QUERY.lang }).lang : undefined;
    const service = await loadService(db, c.req.param('serviceId'));
    if (!service) throw problems.notFound(`No service "${c.req.param('serviceId')}".`);
    if (jsonLd) {
      // One language per document (search engines index the page's language): ?lang=, else the first the service offers.
      // Content-Language names the document's language (`@language`), which is the one asked for only when the service
      // is written in it: `?lang=fr` of an Albanian service is an Albanian document.
      const lang = asked ?? service.languages[0] ?? 'sq';
      c.header('Content-Language', jsonLdLanguage(service, lang));
      const institutions = await loadInstitutions(db, service.competentAuthorityIds);
      // Escaped so the document can be pasted into a <script type="application/ld+json"> as served.
      return sendCached(
        c,
        jsonLdScriptJson(toJsonLd(service, lang, { institutions })),
        'application/ld+json; charset=utf-8',
      );
    }
    return sendJson(c, service);
  },
} satisfies Handlers;
