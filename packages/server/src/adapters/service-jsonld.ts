// TODO: move to @hapur/sdk — one `serviceToJsonLd(service, lang)` for the server and the elements
// (packages/elements/src/internal/service-jsonld.ts has the same mapping). Keep the two identical until then.
import { resolveText, type LocalizedText, type PublicService } from '@hapur/sdk';

const text = (value: LocalizedText | undefined, lang: string) => resolveText(value, lang)?.text;

function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

/** schema.org GovernmentService for one service in one language; only fields the data has. */
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
