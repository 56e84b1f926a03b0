import { resolveText } from '../i18n/localized-text.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Institution } from '../schemas/institution.js';
import type { PublicService } from '../schemas/service.js';

/** A JSON-LD node or value; plain data, safe to `JSON.stringify`. */
export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

export interface ToJsonLdOptions {
  /** Institutions to name the provider and the area served (the service's first competent authority). */
  readonly institutions?: readonly Institution[];
}

/** Serbian is always Latin script in Hapur: a bare `sr` would be read as Cyrillic. */
const tag = (lang: string): string => (lang === 'sr' ? 'sr-Latn' : lang);

/** Drops undefined values and empty arrays, so only what the data has is emitted. */
function node(object: Record<string, JsonLdValue | undefined>): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/**
 * The language of {@link toJsonLd}'s document for a reader of `lang` (its `@language`): the language the service's
 * name is found in for them, which a server also says in `Content-Language`.
 */
export const jsonLdLanguage = (service: PublicService, lang: string): string =>
  tag(resolveText(service.name, tag(lang))?.lang ?? tag(lang));

/**
 * schema.org `GovernmentService` for one public service in one language (search engines index the
 * page's language). The document language is set with `@language`; a text only found in another
 * language is tagged with its own. Only properties schema.org defines on each type are used, and
 * only fields the data has are emitted.
 */
export function toJsonLd(service: PublicService, lang: string, options: ToJsonLdOptions = {}): JsonLd {
  const docLang = jsonLdLanguage(service, lang);
  const text = (value: LocalizedText | undefined): JsonLdValue | undefined => {
    const found = resolveText(value, tag(lang));
    if (!found) return undefined;
    return tag(found.lang) === docLang ? found.text : { '@value': found.text, '@language': tag(found.lang) };
  };
  const languages = service.languages.map(tag);
  const authorityId = service.competentAuthorityIds[0];
  const authority = options.institutions?.find((institution) => institution.id === authorityId);
  const contact = service.contactPoint;
  const contactPoint = contact
    ? node({
        '@type': 'ContactPoint',
        name: text(contact.name),
        email: contact.email,
        telephone: contact.telephone,
        url: contact.contactPage,
        availableLanguage: languages,
      })
    : undefined;
  const provider = authority
    ? node({ '@type': 'GovernmentOrganization', name: text(authority.name), url: authority.website, contactPoint })
    : contact
      ? node({
          '@type': 'GovernmentOrganization',
          name: text(contact.name),
          email: contact.email,
          telephone: contact.telephone,
          url: contact.contactPage,
        })
      : undefined;
  const areaServed = !authority
    ? undefined
    : authority.level === 'local'
      ? node({ '@type': 'AdministrativeArea', name: text(authority.name) })
      : authority.level === 'central'
        ? node({ '@type': 'Country', identifier: authority.country })
        : undefined;
  const channels = service.channels
    .map((channel) => ({
      serviceUrl: channel.url,
      servicePhone: channel.phone ? node({ '@type': 'ContactPoint', telephone: channel.phone }) : undefined,
      serviceLocation: channel.address ? node({ '@type': 'Place', address: text(channel.address) }) : undefined,
    }))
    .filter((channel) => channel.serviceUrl ?? channel.servicePhone ?? channel.serviceLocation)
    .map((channel) =>
      node({
        '@type': 'ServiceChannel',
        ...channel,
        processingTime: service.processingTime,
        availableLanguage: languages,
      }),
    );
  const offers = (service.costs ?? []).flatMap((cost) =>
    cost.value === undefined
      ? []
      : [
          node({
            '@type': 'Offer',
            price: cost.value,
            priceCurrency: cost.currency,
            description: text(cost.description),
          }),
        ],
  );
  return node({
    '@context': ['https://schema.org', { '@language': docLang }],
    '@type': 'GovernmentService',
    identifier: service.identifier,
    name: text(service.name),
    description: text(service.description),
    url: service.sourceUrl,
    provider,
    areaServed,
    availableChannel: channels,
    offers,
  });
}
