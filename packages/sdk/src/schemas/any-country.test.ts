import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRY_CODE, CountrySchema, CurrencySchema, LangTagSchema, LocalizedTextSchema } from './common.js';
import { checkShape } from '../shapes/check.js';
import { PublicServiceShape } from '../shapes/read.generated.js';
import { validateImportFile } from '../data/load.js';

/** Every code Intl names as a region, minus the ones ISO 3166-1 does not assign (reserved, withdrawn, groupings). */
function isoCodesFromIntl(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const notIso = new Set(
    'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ'.split(' '),
  );
  const out: string[] = [];
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !notIso.has(code)) out.push(code);
    }
  return out;
}

describe('countries', () => {
  it('accepts the 249 ISO 3166-1 alpha-2 codes and XK, nothing else', () => {
    const iso = isoCodesFromIntl();
    assert.equal(iso.length, 249);
    for (const code of [...iso, 'XK']) assert.ok(CountrySchema.safeParse(code).success, code);
    let accepted = 0;
    for (let a = 65; a < 91; a++)
      for (let b = 65; b < 91; b++) if (COUNTRY_CODE.test(String.fromCharCode(a, b))) accepted++;
    assert.equal(accepted, 250);
    for (const bad of ['mk', 'MKD', 'EU', 'UK', 'YU', 'ZZ', 'X', ''])
      assert.equal(CountrySchema.safeParse(bad).success, false, bad);
  });
});

describe('language tags', () => {
  it('accept any canonical BCP 47 tag', () => {
    for (const tag of [
      'mk',
      'tr',
      'bs',
      'uk',
      'sr-Cyrl',
      'sr-Latn-XK',
      'de-CH',
      'zh-Hant-TW',
      'ca-ES-valencia',
      'sr-Latn-ME',
      'es-419',
    ])
      assert.ok(LangTagSchema.safeParse(tag).success, tag);
  });
  it('refuse non-canonical spellings, bad grammar and bare sr (zod and the light checker agree)', () => {
    for (const tag of ['sr', 'sr-latn', 'MK', 'iw', 'sh', 'en_GB', 'e', 'english', 'sq-', 'x-foo']) {
      assert.equal(LangTagSchema.safeParse(tag).success, false, tag);
      const service = { values: { [tag]: 'Tekst' } };
      assert.equal(LocalizedTextSchema.safeParse(service).success, false, tag);
    }
  });
  it('the light checker refuses the same non-canonical tags as zod', () => {
    const node = PublicServiceShape.node;
    const languages = node.t === 'o' ? node.p['languages'] : undefined;
    assert.ok(languages);
    for (const [tag, ok] of [
      ['mk', true],
      ['sr-Cyrl', true],
      ['sr-latn', false],
      ['iw', false],
      ['sr', false],
    ] as const) {
      const issues: readonly unknown[] = checkShape({ node: languages }, [tag]);
      assert.equal(issues.length === 0, ok, `${tag} ${JSON.stringify(issues)}`);
      assert.equal(LangTagSchema.safeParse(tag).success, ok, tag);
    }
  });
});

describe('currencies', () => {
  it('any ISO 4217 code', () => {
    for (const c of ['EUR', 'ALL', 'MKD', 'UAH', 'RSD', 'BAM', 'TRY'])
      assert.ok(CurrencySchema.safeParse(c).success, c);
    for (const c of ['eur', 'EU', 'EURO', '€']) assert.equal(CurrencySchema.safeParse(c).success, false, c);
  });
});

describe('institution ids for any country', () => {
  const file = (id: string, country: string) => ({
    format: 'hapur/v1',
    provenance: { kind: 'example', source: 'test' },
    institutions: [
      {
        id,
        name: { values: { mk: 'Министерство' } },
        kind: 'ministry',
        sector: 'government',
        country,
        level: 'central',
      },
    ],
  });
  it('start with the lower-case country code', () => {
    assert.equal(validateImportFile(file('mk-mioa', 'MK'), 't.json').ok, true);
    assert.equal(validateImportFile(file('ua-mdt', 'UA'), 't.json').ok, true);
    const r = validateImportFile(file('mioa', 'MK'), 't.json');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : (r.problems[0]?.reason ?? ''), /start with their country: "mk-…"/);
  });
});
