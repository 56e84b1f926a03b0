/**
 * The words due dates are written with, for the parser only (import side: `parseFlexibleDate`), in English,
 * Albanian, Serbian (Latin and Cyrillic), Macedonian, Bosnian, Croatian, Montenegrin and Turkish. Display
 * bundles never import this file: blocks show parsed dates with `@hapur/sdk/rules`.
 *
 * Every word is written here folded (see {@link fold}): lower case, without diacritics, `ı` as `i`, so
 * "Eylül", "EYLÜL" and "eylul" are one word, and "siječanj" is "sijecanj". A word matches a stem when it
 * starts with it and adds at most three letters (inflection: "korrikut", "septembra", "јуни", "ekimde"),
 * or when the stem is six letters or more (any ending).
 */

/** Lower case, no combining marks, dotless `ı` as `i`: the form both the text and the stems are compared in. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');

/**
 * Month stems, January first. Per month: en (and abbreviations); sq; sr-Latn / bs / me; sr-Cyrl; mk; hr
 * (nominative and genitive: "lipanj", "lipnja"); tr.
 */
export const MONTH_STEMS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janar', 'januar', 'јануар', 'јануари', 'sijecanj', 'sijecnj', 'ocak', 'ocag'],
  ['february', 'feb', 'shkurt', 'februar', 'фебруар', 'февруари', 'veljac', 'subat'],
  ['march', 'mar', 'mars', 'mart', 'март', 'ozujak', 'ozujk'],
  ['april', 'apr', 'prill', 'април', 'travanj', 'travnj', 'nisan'],
  ['may', 'maj', 'мај', 'svibanj', 'svibnj', 'mayis'],
  ['june', 'jun', 'qershor', 'јун', 'lipanj', 'lipnj', 'haziran'],
  ['july', 'jul', 'korrik', 'јул', 'srpanj', 'srpnj', 'temmuz'],
  ['august', 'aug', 'gusht', 'avgust', 'август', 'kolovoz', 'agustos'],
  ['september', 'sep', 'shtator', 'septemb', 'септемб', 'септември', 'rujan', 'rujn', 'eylul'],
  ['october', 'oct', 'tetor', 'oktob', 'октоб', 'октомври', 'listopad', 'ekim'],
  ['november', 'nov', 'nentor', 'novemb', 'новемб', 'ноември', 'studen', 'kasim'],
  ['december', 'dec', 'dhjetor', 'decemb', 'децемб', 'декември', 'prosin', 'aralik', 'arali'],
];

/** Ordinal words (1–4) as quarters and halves are numbered in each language; roman and arabic numerals too. */
export const ORDINALS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  pare: 1,
  dyte: 2,
  trete: 3,
  katert: 4,
  prv: 1,
  drug: 2,
  trec: 3,
  cetvrt: 4,
  прв: 1,
  друг: 2,
  трећ: 3,
  четврт: 4,
  втор: 2,
  трет: 3,
  ilk: 1,
  birinci: 1,
  ikinci: 2,
  ucuncu: 3,
  dorduncu: 4,
};

/** Words for a quarter of a year. */
export const QUARTER_STEMS = [
  'quarter',
  'kvartal',
  'квартал',
  'tremujor',
  'tromesecj',
  'tromjesecj',
  'тромесечј',
  'тромесечи',
  'ceyrek',
  'ceyreg',
];
/** Words for a half of a year. */
export const HALF_STEMS = [
  'half',
  'gjysm',
  'gjashtemujor',
  'polovin',
  'polovic',
  'половин',
  'polugodist',
  'полугодишт',
  'полугоди',
  'yari',
  'semest',
];
/** Words for the end of a period ("end of 2023", "fundi i vitit", "do kraja", "до крајот на", "2023 sonu"). */
export const END_STEMS = ['end', 'fund', 'kraj', 'крај', 'son'];
/** "Ongoing", "continuous" and their equivalents. */
export const ONGOING_STEMS = [
  'ongoing',
  'continuous',
  'vazhdon',
  'vazhdim',
  'kontinuiran',
  'континуиран',
  'stalno',
  'стално',
  'тековн',
  'постојан',
  'surekli',
  'devam',
];
/** Two-word forms of "ongoing": "u toku", "у току", "në vazhdim" (the second word is in ONGOING_STEMS). */
export const ONGOING_PAIRS = [
  ['u', 'toku'],
  ['у', 'току'],
];
/** "Quarterly", "every quarter" (a recurrence, not one quarter): adjectives of the quarter words. */
export const QUARTERLY_STEMS = [
  'quarterly',
  'kvartaln',
  'кварталн',
  'tromesecn',
  'tromjesecn',
  'тромесечн',
  'tremujor',
];
/** Words that may stand between the parts of a date: "first half OF 2023", "fundi I VITIT 2027", "2027 YILININ ilk yarısı". */
export const FILLERS = new Set([
  'of',
  'the',
  'i',
  'e',
  'te',
  'vitit',
  'viti',
  'godine',
  'godina',
  'године',
  'година',
  'на',
  'od',
  'од',
  'yil',
  'yili',
  'yilin',
  'yilinin',
  'nin',
  'in',
  'un',
  'by',
  'st',
  'nd',
  'rd',
  'th',
]);
