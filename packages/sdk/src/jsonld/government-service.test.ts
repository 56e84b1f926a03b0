import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveText } from '../i18n/localized-text.js';
import { InstitutionSchema } from '../schemas/institution.js';
import { PublicServiceSchema } from '../schemas/service.js';
import { UI_LANGUAGES } from '../schemas/common.js';
import { toJsonLd, type JsonLd, type JsonLdValue } from './government-service.js';

const file = JSON.parse(readFileSync(new URL('../../data/examples/services.json', import.meta.url), 'utf8')) as {
  services: unknown[];
  institutions: unknown[];
};
const services = file.services.map((s) => PublicServiceSchema.parse(s));
const institutions = file.institutions.map((i) => InstitutionSchema.parse(i));

/** Properties schema.org defines on (or inherits into) each type we emit; Thing's name/description/identifier/url included. */
const THING = ['name', 'description', 'identifier', 'url'];
const ALLOWED: Record<string, readonly string[]> = {
  GovernmentService: [...THING, 'provider', 'areaServed', 'availableChannel', 'offers', 'serviceType'],
  GovernmentOrganization: [...THING, 'email', 'telephone', 'contactPoint'],
  ContactPoint: [...THING, 'email', 'telephone', 'availableLanguage'],
  ServiceChannel: [...THING, 'serviceUrl', 'servicePhone', 'serviceLocation', 'availableLanguage', 'processingTime'],
  Place: [...THING, 'address'],
  AdministrativeArea: [...THING, 'address'],
  Country: [...THING],
  Offer: [...THING, 'price', 'priceCurrency'],
};

function* nodes(value: JsonLdValue): Generator<JsonLd> {
  if (Array.isArray(value)) for (const item of value as JsonLdValue[]) yield* nodes(item);
  else if (typeof value === 'object') {
    const object = value as JsonLd;
    if ('@type' in object) yield object;
    for (const [key, child] of Object.entries(object)) if (key !== '@context') yield* nodes(child);
  }
}

const plain = (value: JsonLdValue | undefined) =>
  typeof value === 'object' && !Array.isArray(value) ? (value as JsonLd)['@value'] : value;

test('every node of every example service uses only properties schema.org defines on its type', () => {
  for (const service of services)
    for (const lang of UI_LANGUAGES) {
      for (const n of nodes(toJsonLd(service, lang, { institutions }))) {
        const allowed = ALLOWED[n['@type'] as string];
        assert.ok(allowed, `${service.id}: unexpected type ${String(n['@type'])}`);
        for (const key of Object.keys(n).filter((k) => !k.startsWith('@')))
          assert.ok(allowed.includes(key), `${service.id} ${lang}: ${String(n['@type'])} has no property "${key}"`);
      }
    }
});

test('every property maps from the example services, in the asked language', () => {
  for (const service of services)
    for (const lang of UI_LANGUAGES) {
      const doc = toJsonLd(service, lang, { institutions });
      // The example services are written in sq, sr-Latn and en; a Turkish, Bosnian or Cyrillic page gets the
      // document in the language the name falls back to (tagged as such), never mislabelled as the page's.
      const docLang = ['sq', 'sr-Latn', 'en'].includes(lang) ? lang : resolveText(service.name, lang)?.lang;
      assert.deepEqual(doc['@context'], ['https://schema.org', { '@language': docLang }]);
      assert.equal(doc['@type'], 'GovernmentService');
      assert.equal(doc['identifier'], service.identifier);
      assert.equal(plain(doc['name']), resolveText(service.name, lang)?.text);
      assert.equal(plain(doc['description']), resolveText(service.description, lang)?.text);
      const authority = institutions.find((i) => i.id === service.competentAuthorityIds[0])!;
      const provider = doc['provider'] as JsonLd;
      assert.equal(provider['@type'], 'GovernmentOrganization');
      assert.equal(plain(provider['name']), resolveText(authority.name, lang)?.text);
      const contact = provider['contactPoint'] as JsonLd;
      assert.equal(contact['telephone'], service.contactPoint?.telephone);
      assert.equal(contact['email'], service.contactPoint?.email);
      const area = doc['areaServed'] as JsonLd;
      assert.equal(area['@type'], authority.level === 'local' ? 'AdministrativeArea' : 'Country');
      const channels = doc['availableChannel'] as JsonLd[];
      const mappable = service.channels.filter((c) => c.url ?? c.phone ?? c.address);
      assert.equal(channels.length, mappable.length);
      channels.forEach((channel, i) => {
        assert.equal(channel['serviceUrl'], mappable[i]!.url);
        assert.equal((channel['servicePhone'] as JsonLd | undefined)?.['telephone'], mappable[i]!.phone);
        assert.deepEqual(channel['availableLanguage'], service.languages);
      });
      const priced = (service.costs ?? []).filter((c) => c.value !== undefined);
      assert.deepEqual(
        ((doc['offers'] as JsonLd[] | undefined) ?? []).map((o) => [o['price'], o['priceCurrency']]),
        priced.map((c) => [c.value, c.currency]),
      );
    }
});

test('Serbian is tagged sr-Latn, never bare sr, even when asked for sr', () => {
  const doc = toJsonLd(services[0]!, 'sr', { institutions });
  assert.deepEqual(doc['@context'], ['https://schema.org', { '@language': 'sr-Latn' }]);
  assert.doesNotMatch(JSON.stringify(doc), /"sr"/);
  assert.match(JSON.stringify(doc), /"sr-Latn"/);
});

test('a text missing in the page language is tagged with the language it is shown in', () => {
  const base = services[0]!;
  const service = { ...base, description: { values: { sq: 'Vetëm shqip' }, source: 'sq' } };
  const doc = toJsonLd(service, 'en');
  assert.deepEqual(doc['description'], { '@value': 'Vetëm shqip', '@language': 'sq' });
  assert.equal(doc['name'], resolveText(base.name, 'en')?.text);
});

test('without institutions the provider comes from the contact point and no area is claimed', () => {
  const service = services[0]!;
  const doc = toJsonLd(service, 'sq');
  assert.equal((doc['provider'] as JsonLd)['telephone'], service.contactPoint?.telephone);
  assert.equal(doc['areaServed'], undefined);
  const bare = toJsonLd({ ...service, costs: [], channels: [], contactPoint: undefined } as typeof service, 'sq');
  assert.deepEqual(Object.keys(bare).sort(), ['@context', '@type', 'description', 'identifier', 'name']);
});
