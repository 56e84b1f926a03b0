import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FlexibleDateSchema } from '../schemas/flexible-date.js';
import { isOverdue, MONTH_NAMES } from '../rules/dates.js';
import { DUE_WORDS } from '../rules/due-words.js';
import { describeDue, formatFlexibleDate } from '../rules/due-wording.js';
import { parseFlexibleDate } from './flexible-date.js';

/**
 * Month names as plans write them, January first, in every language the parser reads (nominative, and the
 * genitive "of <month>" forms Serbian, Bosnian, Montenegrin and Croatian ranges use: "od septembra 2021.").
 * Independent of the parser's stems (`words.ts`): the display names for en, sq and sr-Latn (Montenegrin spells
 * them the same), the others written out here.
 */
const MONTHS: Record<string, readonly string[]> = {
  en: MONTH_NAMES.en,
  sq: MONTH_NAMES.sq,
  'sr-Latn': MONTH_NAMES['sr-Latn'],
  'sr-Latn (genitive)': [
    'januara',
    'februara',
    'marta',
    'aprila',
    'maja',
    'juna',
    'jula',
    'avgusta',
    'septembra',
    'oktobra',
    'novembra',
    'decembra',
  ],
  'sr-Cyrl': [
    'јануар',
    'фебруар',
    'март',
    'април',
    'мај',
    'јун',
    'јул',
    'август',
    'септембар',
    'октобар',
    'новембар',
    'децембар',
  ],
  'sr-Cyrl (genitive)': [
    'јануара',
    'фебруара',
    'марта',
    'априла',
    'маја',
    'јуна',
    'јула',
    'августа',
    'септембра',
    'октобра',
    'новембра',
    'децембра',
  ],
  mk: [
    'јануари',
    'февруари',
    'март',
    'април',
    'мај',
    'јуни',
    'јули',
    'август',
    'септември',
    'октомври',
    'ноември',
    'декември',
  ],
  bs: [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
  hr: [
    'siječanj',
    'veljača',
    'ožujak',
    'travanj',
    'svibanj',
    'lipanj',
    'srpanj',
    'kolovoz',
    'rujan',
    'listopad',
    'studeni',
    'prosinac',
  ],
  'hr (genitive)': [
    'siječnja',
    'veljače',
    'ožujka',
    'travnja',
    'svibnja',
    'lipnja',
    'srpnja',
    'kolovoza',
    'rujna',
    'listopada',
    'studenoga',
    'prosinca',
  ],
  cnr: MONTH_NAMES['sr-Latn'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};

/** "<n>" and "<y>" stand for the quarter or half and the year. */
const QUARTERS: Record<string, readonly string[]> = {
  en: ['Q<n> <y>', 'Q <n> - <y>', '<y> Q<n>', 'Q<n>/<y>', '<ord> quarter of <y>'],
  sq: ['TM<n> <y>', 'tremujori <roman> <y>', 'tremujori i <sq> <y>'],
  'sr-Latn': ['<roman> kvartal <y>', '<n>. kvartal <y>.', '<n>. tromesečje <y>. godine'],
  'sr-Cyrl': ['<roman> квартал <y>', '<n>. тромесечје <y>.'],
  mk: ['<mk> квартал <y>', '<n>. квартал <y>'],
  bs: ['<n>. kvartal <y>.', '<n>. tromjesečje <y>.'],
  hr: ['<n>. tromjesečje <y>.', '<roman> tromjesečje <y>.'],
  tr: ['<y> <n>. çeyrek', "<y>'nin <n>. çeyreği"],
};
const HALVES: Record<string, readonly string[]> = {
  en: ['H<n> <y>', '<y> H<n>', 'H<n>/<y>', '<ord> half of <y>'],
  sq: ['gjysma e <sq> e vitit <y>', 'gjashtëmujori i <sq> <y>'],
  'sr-Latn': ['<sr> polovina <y>. godine', '<n>. polugodište <y>.', '<roman> polugodište <y>'],
  'sr-Cyrl': ['<src> половина <y>. године', '<n>. полугодиште <y>.'],
  mk: ['<mk> половина од <y>', '<mk> полугодие <y>'],
  bs: ['<sr> polovina <y>.', '<n>. polugodište <y>.'],
  hr: ['<sr> polovica <y>.', '<n>. polugodište <y>.'],
  tr: ["<y>'ün <tr> yarısı", '<y> yılının <tr> yarısı'],
};
const ORDINAL_WORDS: Record<string, readonly string[]> = {
  ord: ['first', 'second', 'third', 'fourth'],
  sq: ['parë', 'dytë', 'tretë', 'katërt'],
  roman: ['I', 'II', 'III', 'IV'],
  mk: ['прв', 'втор', 'трет', 'четврт'],
  sr: ['prva', 'druga'],
  src: ['прва', 'друга'],
  tr: ['ilk', 'ikinci'],
};
const fill = (form: string, n: number, y: number) =>
  form
    .replace('<n>', String(n))
    .replace('<y>', String(y))
    .replace(/<(\w+)>/, (_, key: string) => ORDINAL_WORDS[key]?.[n - 1] ?? '?');

const END_OF_YEAR = [
  'End of <y>',
  'by the end of <y>',
  'Nga fundi i vitit <y>',
  'deri në fund të vitit <y>',
  'do kraja <y>. godine',
  'krajem <y>.',
  'до краја <y>. године',
  'до крајот на <y>',
  'крај на <y>',
  '<y> sonu',
  '<y> yılı sonuna kadar',
];
const ONGOING = [
  'Ongoing',
  'Continuous',
  'Vazhdon',
  'në vazhdim',
  'u toku',
  'kontinuirano',
  'у току',
  'континуирано',
  'тековно',
  'sürekli',
  'devam ediyor',
];

const year = fc.integer({ min: 1990, max: 2095 });
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const valid = (text: string) => {
  const d = parseFlexibleDate(text);
  assert.ok(FlexibleDateSchema.safeParse(d).success, JSON.stringify(d));
  assert.equal(d.text, text, 'the text is kept as written');
  return d;
};

describe('parseFlexibleDate in every language', () => {
  for (const [lang, names] of Object.entries(MONTHS)) {
    it(`reads "<month> <year>" in ${lang}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), year, fc.constantFrom('', '.'), (m, y, dot) => {
          const d = valid(`${names[m - 1]} ${y}${dot}`);
          assert.deepEqual(
            [d.kind, d.edtf, d.earliest, d.latest],
            ['month', `${y}-${pad(m)}`, `${y}-${pad(m)}-01`, `${y}-${pad(m)}-${lastDay(y, m)}`],
          );
        }),
        { numRuns: 200 },
      );
    });
    it(`reads a range of months in ${lang}, due at its end, with the whole range as its window`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          year,
          fc.integer({ min: 1, max: 3 }),
          (a, b, y, gap) => {
            const z = y + gap;
            const sep = fc.sample(fc.constantFrom(' – ', ' - ', '–', ' do ', ' to ', ' deri në ', ' до '), 1)[0];
            const d = valid(`${names[a - 1]} ${y}${sep}${names[b - 1]} ${z}`);
            assert.equal(d.kind, 'range');
            assert.equal(d.edtf, `${y}-${pad(a)}/${z}-${pad(b)}`);
            assert.equal(d.earliest, `${y}-${pad(a)}-01`);
            assert.equal(d.latest, `${z}-${pad(b)}-${lastDay(z, b)}`, 'never reduced to its first month');
            assert.equal(isOverdue(d, `${y}-${pad(a)}-28`), false);
          },
        ),
        { numRuns: 150 },
      );
    });
    it(`reads "<day> <month> <year>" in ${lang}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), year, fc.integer({ min: 1, max: 28 }), (m, y, day) => {
          const d = valid(`${day}. ${names[m - 1]} ${y}.`);
          assert.deepEqual([d.kind, d.latest], ['date', `${y}-${pad(m)}-${pad(day)}`]);
        }),
        { numRuns: 100 },
      );
    });
  }
  for (const [lang, forms] of Object.entries(QUARTERS)) {
    it(`reads quarters in ${lang}: ${forms.join(' · ')}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 4 }), year, fc.constantFrom(...forms), (q, y, form) => {
          const d = valid(fill(form, q, y));
          assert.deepEqual(
            [d.kind, d.edtf, d.earliest],
            ['quarter', `${y}-${32 + q}`, `${y}-${pad(q * 3 - 2)}-01`],
            fill(form, q, y),
          );
          assert.equal(d.latest, `${y}-${pad(q * 3)}-${lastDay(y, q * 3)}`);
        }),
        { numRuns: 300 },
      );
    });
  }
  for (const [lang, forms] of Object.entries(HALVES)) {
    it(`reads halves in ${lang}: ${forms.join(' · ')}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 }), year, fc.constantFrom(...forms), (h, y, form) => {
          const d = valid(fill(form, h, y));
          assert.deepEqual(
            [d.kind, d.edtf, d.earliest, d.latest],
            ['half', `${y}-${39 + h}`, `${y}-${h === 1 ? '01' : '07'}-01`, `${y}-${h === 1 ? '06-30' : '12-31'}`],
            fill(form, h, y),
          );
        }),
        { numRuns: 200 },
      );
    });
  }
  it('reads the end of a year in every language', () => {
    fc.assert(
      fc.property(year, fc.constantFrom(...END_OF_YEAR), (y, form) => {
        const d = valid(form.replace('<y>', String(y)));
        assert.deepEqual(
          [d.kind, d.edtf, d.earliest, d.latest],
          ['year_end', `../${y}-12-31`, undefined, `${y}-12-31`],
          form,
        );
      }),
    );
  });
  it('reads "ongoing" in every language, with the window of a range when one is given', () => {
    for (const word of ONGOING) {
      assert.equal(valid(word).kind, 'ongoing', word);
      assert.equal(valid(word).latest, undefined, 'ongoing alone is never overdue');
      const d = valid(`${word} (2026–2028)`);
      assert.deepEqual([d.kind, d.earliest, d.latest], ['ongoing', '2026-01-01', '2028-12-31'], word);
    }
  });
  it('reads a range of quarters or halves as the whole range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), year, (a, b, y) => {
        const d = valid(`Q${a} ${y} – Q${b} ${y + 1}`);
        assert.deepEqual(
          [d.kind, d.edtf, d.earliest],
          ['range', `${y}-${32 + a}/${y + 1}-${32 + b}`, `${y}-${pad(a * 3 - 2)}-01`],
        );
        assert.equal(d.latest, `${y + 1}-${pad(b * 3)}-${lastDay(y + 1, b * 3)}`);
      }),
    );
    const h = valid('H2 2022 – H1 2023');
    assert.deepEqual([h.kind, h.edtf, h.earliest, h.latest], ['range', '2022-41/2023-40', '2022-07-01', '2023-06-30']);
  });
  it('reads months of one year written once ("septembar – decembar 2021")', () => {
    const d = valid('septembar – decembar 2021');
    assert.deepEqual([d.kind, d.edtf, d.earliest, d.latest], ['range', '2021-09/2021-12', '2021-09-01', '2021-12-31']);
  });
  it('never invents: backwards ranges, impossible halves and loose words stay unspecified', () => {
    for (const text of [
      'June 2022 – September 2021',
      'H3 2023',
      'H0 2023',
      'treća polovina 2023',
      'gjysma 2023',
      'End',
      'çeyrek',
      'half of it',
    ]) {
      const d = valid(text);
      assert.equal(d.kind, 'unspecified', text);
      assert.equal(d.latest, undefined, text);
    }
  });
});

describe('due dates read back in the reader language', () => {
  it('keeps halves and ranges of months whole', () => {
    const half = parseFlexibleDate('прва половина од 2023', 'mk');
    assert.deepEqual(
      (['sq', 'sr-Latn', 'en'] as const).map((l) => formatFlexibleDate(half, l, DUE_WORDS[l]).text),
      ['gjysma e parë e 2023', 'prva polovina 2023.', 'H1 2023'],
    );
    const range = parseFlexibleDate('септември 2021 – јуни 2022', 'mk');
    assert.equal(formatFlexibleDate(range, 'en', DUE_WORDS['en']).text, 'September 2021 – June 2022');
    assert.equal(formatFlexibleDate(range, 'sq', DUE_WORDS['sq']).text, 'shtator 2021 – qershor 2022');
    assert.equal(describeDue(range, 'en', DUE_WORDS['en']), 'between 1 September 2021 and 30 June 2022');
    assert.equal(formatFlexibleDate(parseFlexibleDate('2026–2028'), 'en', DUE_WORDS['en']).text, '2026–2028');
  });
});
