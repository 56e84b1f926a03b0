// TODO: replace with @hapur/sdk `toJsonLd(service, lang)` once it lands (DATA-MODEL: "SDK: toJsonLd"); the server's
// `GET /services/{id}?format=jsonld` should produce the same document.
import { resolveText, type LocalizedText, type PublicService } from '@hapur/sdk';

function text(value: LocalizedText | undefined, lang: string): string | undefined {
  return resolveText(value, lang)?.text;
}

function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

/**
 * schema.org GovernmentService for one service, in one language (search engines index the page's
 * language). Only fields the data has are emitted.
 * @internal
 */
export function serviceToJsonLd(service: PublicService, lang: string): Record<string, unknown> {
  const contact = service.contactPoint;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: service.identifier,
    name: text(service.name, lang),
    description: text(service.description, lang),
    url: service.sourceUrl,
    availableLanguage: service.languages,
    provider: contact
      ? compact({
          '@type': 'GovernmentOrganization',
          name: text(contact.name, lang),
          email: contact.email,
          telephone: contact.telephone,
          url: contact.contactPage,
        })
      : undefined,
    availableChannel: service.channels.map((channel) =>
      compact({
        '@type': 'ServiceChannel',
        serviceUrl: channel.url,
        servicePhone: channel.phone ? { '@type': 'ContactPoint', telephone: channel.phone } : undefined,
        serviceLocation: channel.address ? { '@type': 'Place', address: text(channel.address, lang) } : undefined,
        availableLanguage: service.languages,
      }),
    ),
    offers: (service.costs ?? [])
      .filter((cost) => cost.value !== undefined)
      .map((cost) =>
        compact({
          '@type': 'Offer',
          price: cost.value,
          priceCurrency: cost.currency,
          description: text(cost.description, lang),
        }),
      ),
  });
}
