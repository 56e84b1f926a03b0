import type { LocalizedText } from '../schemas/common.js';

/**
 * Serbian's standard transliteration between Cyrillic (Вук Караџић's alphabet) and Latin (Gaj's): one letter
 * for one letter, except Љ/Њ/Џ, which are the digraphs Lj/Nj/Dž. The one module in Hapur that does it.
 * Latin → Cyrillic reads every lj/nj/dž as one letter, so the rare Cyrillic pairs лј, нј, дж ("наджњевати")
 * do not survive a round trip: a transliteration is labelled as one, never passed off as the original.
 */
const CYRILLIC = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN = [
  'a',
  'b',
  'v',
  'g',
  'd',
  'đ',
  'e',
  'ž',
  'z',
  'i',
  'j',
  'k',
  'l',
  'lj',
  'm',
  'n',
  'nj',
  'o',
  'p',
  'r',
  's',
  't',
  'ć',
  'u',
  'f',
  'h',
  'c',
  'č',
  'dž',
  'š',
];

const toLatin = new Map<string, string>();
const toCyrillic = new Map<string, string>();
[...CYRILLIC].forEach((cyr, i) => {
  const lat = LATIN[i]!;
  toLatin.set(cyr, lat);
  toLatin.set(cyr.toUpperCase(), lat[0]!.toUpperCase() + lat.slice(1));
  toCyrillic.set(lat, cyr);
  toCyrillic.set(lat[0]!.toUpperCase() + lat.slice(1), cyr.toUpperCase());
  toCyrillic.set(lat.toUpperCase(), cyr.toUpperCase());
});

const upper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/** Serbian Cyrillic → Latin: "Љубљана" → "Ljubljana", "ЏЕП" → "DŽEP"; other characters are kept. */
export function cyrillicToLatin(text: string): string {
  let out = '';
  const chars = [...text.normalize('NFC')];
  chars.forEach((c, i) => {
    const lat = toLatin.get(c);
    if (lat === undefined) out += c;
    // A digraph in an all-capitals word is all capitals: "ЉУБАВ" → "LJUBAV", "Љубав" → "Ljubav".
    else if (lat.length > 1 && upper(c) && (upper(chars[i + 1]) || (chars[i + 1] === undefined && upper(chars[i - 1]))))
      out += lat.toUpperCase();
    else out += lat;
  });
  return out;
}

/** Serbian Latin → Cyrillic: "Ljubljana" → "Љубљана", "džep" → "џеп"; other characters (digits, punctuation) kept. */
export function latinToCyrillic(text: string): string {
  let out = '';
  const s = text.normalize('NFC');
  for (let i = 0; i < s.length;) {
    const two = s.slice(i, i + 2);
    const pair = toCyrillic.get(two);
    if (pair !== undefined) {
      out += pair;
      i += 2;
    } else {
      out += toCyrillic.get(s[i]!) ?? s[i];
      i += 1;
    }
  }
  return out;
}

const scriptOf = (tag: string) =>
  /^sr-Cyrl(?:-|$)/.test(tag) ? 'Cyrl' : /^sr-Latn(?:-|$)/.test(tag) ? 'Latn' : undefined;

/**
 * A text with Serbian in one script only, given the other by transliteration, labelled so (`origin.kind:
 * "transliteration"`, `from` the tag it was made from): `sr-Cyrl` gains `sr-Latn`, and with `both`, `sr-Latn`
 * gains `sr-Cyrl`. Texts with both scripts, or no Serbian, are returned unchanged (the same object).
 */
export function withSerbianScripts(text: LocalizedText, both = false): LocalizedText {
  const tags = Object.keys(text.values);
  const cyr = tags.find((t) => scriptOf(t) === 'Cyrl');
  const lat = tags.find((t) => scriptOf(t) === 'Latn');
  const [from, to, convert] =
    cyr && !lat ? [cyr, 'sr-Latn', cyrillicToLatin] : lat && !cyr && both ? [lat, 'sr-Cyrl', latinToCyrillic] : [];
  if (!from || !to || !convert) return text;
  return {
    ...text,
    values: { ...text.values, [to]: convert(text.values[from]!) },
    origin: { ...text.origin, [to]: { kind: 'transliteration', from } },
  };
}

const inScript = {
  Cyrl: new WeakMap<LocalizedText, LocalizedText>(),
  Latn: new WeakMap<LocalizedText, LocalizedText>(),
};

/**
 * Data text for a reader of `lang` (the display rule, on every path where data text reaches a block): a reader of
 * Serbian in one script gets a text that has Serbian only in the other script with the reader's script added by the
 * standard transliteration, labelled `origin.kind: "transliteration"` — `sr-Latn` text read as `sr-Cyrl` in Cyrillic,
 * and the reverse. Any other reader, or a text with both scripts or none, gets the same object. Remembered per text
 * object, so a list rendering again does not transliterate again.
 */
export function inReaderScript(text: LocalizedText, lang: string): LocalizedText {
  const script = scriptOf(lang);
  if (!script || Object.keys(text.values).some((tag) => scriptOf(tag) === script)) return text;
  let out = inScript[script].get(text);
  if (!out) inScript[script].set(text, (out = withSerbianScripts(text, script === 'Cyrl')));
  return out;
}

/**
 * What stays in Latin letters in Serbian Cyrillic interface text: placeholders (`{max}`, `${…}`), web and
 * e-mail addresses, codes with a digit or a letter Serbian does not have (`P15D`, `2026-Q1`, `xk-mapl`), language
 * tags and the names below (file formats,
 * standards, the product, the country and currency codes the messages give as examples). Everything else in an `sr-Cyrl` catalogue is Cyrillic (the tests check it).
 */
const KEEP_LATIN =
  /\$?\{[^}]*\}|https?:\/\/(?:[^\s'"`]*[^\s'"`.,;)])?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\d])[\p{L}+-]*[\dqwxyQWXY][\p{L}\d-]*|(?<![\p{L}-])(?:Hapur|ISO|CSV|JSON|XLSX|PDF|OGP|URL|API|HTML|iCalendar|ICS|ics|sq|en|tr|bs|sr-Latn|sr-Cyrl|MK|AL|EUR|ALL|MKD)(?![\p{L}-])/gu;

/**
 * Serbian Latin interface text → Cyrillic, keeping in Latin what {@link KEEP_LATIN} names: the build step that
 * writes the `sr-Cyrl` catalogues from the `sr-Latn` ones (scripts/sr-cyrl.ts) and the SDK's own message tables.
 */
export function latinToCyrillicUi(text: string): string {
  let out = '';
  let at = 0;
  for (const kept of text.matchAll(KEEP_LATIN)) {
    out += latinToCyrillic(text.slice(at, kept.index)) + kept[0];
    at = kept.index + kept[0].length;
  }
  return out + latinToCyrillic(text.slice(at));
}

/** The Latin letters of a text outside what stays Latin (placeholders, addresses, codes, names): `[]` when none. */
export function strayLatin(text: string): string[] {
  return text.replace(KEEP_LATIN, ' ').match(/\p{Script=Latin}+/gu) ?? [];
}
