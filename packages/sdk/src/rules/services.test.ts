import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createClient, createStaticClient } from '../client/create-client.js';
import { services } from '../client/test/fixtures.js';
import { cyrillicToLatin, latinToCyrillic } from '../i18n/transliterate.js';
import { filterServices, serviceFilterFrom, type ServiceFilter } from './services.js';

const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('filterServices', () => {
  it('narrows by institution, by language offered, and by text in any language with accents and case ignored', () => {
    const first = services[0]!;
    const authority = first.competentAuthorityIds[0]!;
    assert.ok(
      filterServices(services, { institution: authority }).every((s) => s.competentAuthorityIds.includes(authority)),
    );
    assert.deepEqual(filterServices(services, { lang: 'xx' }), []);
    assert.deepEqual(
      ids(filterServices(services, { lang: 'sq' })),
      ids(services.filter((s) => s.languages.includes('sq'))),
    );
    // The script is not compared: Serbian in Latin script is Serbian to a Cyrillic reader, and the reverse.
    const serbian = ids(services.filter((s) => s.languages.some((l) => l.startsWith('sr-'))));
    assert.ok(serbian.length > 0);
    assert.deepEqual(ids(filterServices(services, { lang: 'sr-Cyrl' })), serbian);
    assert.deepEqual(ids(filterServices(services, { lang: 'sr-Latn' })), serbian);
    assert.deepEqual(ids(filterServices(services, { lang: 'sr' })), serbian, 'Serbian in either script');
    assert.deepEqual(ids(filterServices(services, { lang: 'SR-latn' })), serbian, 'a tag ignores letter case');
    const cyrillicOnly = { ...first, id: 'cyrillic-only', languages: ['sr-Cyrl'] };
    assert.deepEqual(ids(filterServices([cyrillicOnly], { lang: 'sr-Latn' })), ['cyrillic-only']);
    assert.deepEqual(ids(filterServices([cyrillicOnly], { lang: 'sq' })), []);
    // Nor the region: a service offered in English is offered to a reader of `en-GB`; `srp` is not `sr`.
    const english = ids(services.filter((s) => s.languages.includes('en')));
    assert.ok(english.length > 0);
    assert.deepEqual(ids(filterServices(services, { lang: 'en-GB' })), english);
    assert.deepEqual(ids(filterServices([cyrillicOnly], { lang: 'srp' })), []);
    const word = Object.values(first.name.values)[0]!.split(' ')[0]!;
    const shouted = word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    assert.ok(ids(filterServices(services, { q: ` ${shouted} ` })).includes(first.id));
  });

  it('leaves withdrawn services out unless asked for by status', () => {
    const withdrawn = { ...services[0]!, id: 'gone', status: 'withdrawn' as const };
    const all = [...services, withdrawn];
    assert.ok(!ids(filterServices(all, {})).includes('gone'));
    assert.deepEqual(ids(filterServices(all, { status: 'withdrawn' })), ['gone']);
    assert.deepEqual(
      ids(filterServices(all, { status: 'active' })),
      ids(services.filter((s) => s.status === 'active')),
    );
    assert.deepEqual(serviceFilterFrom({ status: 'withdrawn' }), { status: 'withdrawn' });
  });

  it('folds the letters it is given first: with cyrillicToLatin a query in either Serbian script finds either', () => {
    const serbian = (sr: string) => ({
      values: { sq: 'Leje ndërtimi', [sr.match(/[а-ш]/) ? 'sr-Cyrl' : 'sr-Latn']: sr },
    });
    const latin = {
      ...services[0]!,
      id: 'latin',
      name: serbian('Građevinska dozvola'),
      description: serbian('Zahtev'),
    };
    const cyrillic = { ...latin, id: 'cyrillic', name: serbian('Грађевинска дозвола'), description: serbian('Захтев') };
    const both = [latin, cyrillic];
    for (const q of ['дозвол', 'ДОЗВОЛА', 'dozvol', 'GRAĐEVINSKA', 'zahtev', 'ЗАХТЕВ', 'грађевинска дозвола'])
      assert.deepEqual(ids(filterServices(both, { q }, cyrillicToLatin)), ['latin', 'cyrillic'], q);
    // Without it, letters are compared as stored (the blocks' filter, which carries no transliteration table).
    assert.deepEqual(ids(filterServices(both, { q: 'дозвол' })), ['cyrillic']);
    assert.deepEqual(ids(filterServices(both, { q: 'dozvol' })), ['latin']);
  });

  it('finds "đ" typed as "d" or "dj", and Turkish "ı" typed as "i", in the query and in the text', () => {
    const named = (id: string, text: string) => ({ ...services[0]!, id, name: { values: { 'sr-Latn': text } } });
    const written = [named('dj', 'Građevinska dozvola'), named('ascii', 'Gradjevinska dozvola'), named('tr', 'Işık')];
    for (const q of ['gradevinska', 'GRADJEVINSKA', 'građevinska', 'Građ'])
      assert.deepEqual(ids(filterServices(written, { q })), ['dj', 'ascii'], q);
    assert.deepEqual(ids(filterServices(written, { q: 'isik' })), ['tr']);
    assert.deepEqual(ids(filterServices(written, { q: 'građevinski' })), []);
    // The Cyrillic "ђ" reads as "đ" through the transliteration, so as "d" too.
    assert.deepEqual(ids(filterServices(written, { q: 'грађевинска' }, cyrillicToLatin)), ['dj', 'ascii']);
  });

  it('ignores empty fields, so an empty query string filters nothing', () => {
    assert.deepEqual(ids(filterServices(services, { institution: '', q: '   ', lang: '' })), ids(services));
    assert.deepEqual(serviceFilterFrom({ institution: '', q: 'x', other: 'y' }), { q: 'x' });
  });
});

describe('one service filter for API and static mode', () => {
  const authorities = [...new Set(services.flatMap((s) => s.competentAuthorityIds))];
  const latinWords = services.flatMap((s) => Object.values(s.name.values).flatMap((t) => t.split(/\s+/)));
  // A Serbian reader may type either script: the Latin words written in Cyrillic too.
  const words = [...latinWords, ...latinWords.map(latinToCyrillic)];
  const filter: fc.Arbitrary<ServiceFilter> = fc.record(
    {
      institution: fc.oneof(fc.constantFrom(...authorities, ''), fc.string()),
      q: fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })),
      lang: fc.constantFrom('sq', 'sr-Latn', 'en', 'xx', ''),
    },
    { requiredKeys: [] },
  );

  it('answers the same list for every filter: static files filtered in the client, API filtered by the server', async () => {
    // The API side: the query string the client sends, read back the way the server reads it.
    const api = createClient({
      baseUrl: 'https://api.example.org/api/v1/',
      fetch: async (input) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const query = serviceFilterFrom(Object.fromEntries(url.searchParams));
        return json({ items: filterServices(services, query, cyrillicToLatin) });
      },
    });
    const files = createStaticClient('https://example.org/data/', { fetch: async () => json({ items: services }) });
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const [fromApi, fromFiles] = await Promise.all([api.listServices(f), files.listServices(f)]);
        assert.deepEqual(ids(fromApi), ids(fromFiles));
        assert.deepEqual(ids(fromFiles), ids(filterServices(services, f, cyrillicToLatin)));
      }),
      { numRuns: 60 },
    );
  });
});
