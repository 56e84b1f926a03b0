import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cyrillicToLatin, inReaderScript, latinToCyrillic, withSerbianScripts } from './transliterate.js';
import { resolveText } from './localized-text.js';
import { validateImportFile } from '../data/load.js';

describe('Serbian transliteration', () => {
  it('maps the 30 letters of the standard table, digraphs included', () => {
    assert.equal(cyrillicToLatin('абвгдђежзијклљмнњопрстћуфхцчџш'), 'abvgdđežzijklljmnnjoprstćufhcčdžš');
    assert.equal(cyrillicToLatin('Љубљана, Његош, Џеп'), 'Ljubljana, Njegoš, Džep');
    assert.equal(cyrillicToLatin('ЉУБАВ И ЏЕП'), 'LJUBAV I DŽEP');
    assert.equal(cyrillicToLatin('Министарство за 2027. годину'), 'Ministarstvo za 2027. godinu');
    assert.equal(latinToCyrillic('Ljubljana, Njegoš, džep, ĐAK'), 'Љубљана, Његош, џеп, ЂАК');
    assert.equal(latinToCyrillic('Otvoreni podaci: 15 dana'), 'Отворени подаци: 15 дана');
  });
  it('round-trips Cyrillic text through Latin, except the letter pairs Latin writes like Љ, Њ, Џ (лј, нј, дж)', () => {
    const letter = fc.constantFrom(...'абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ .,0123456789');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 40 }), (chars) => {
        const cyr = chars.join('');
        // "ЛЈ" and "Љ" are both "LJ" in Latin script: the standard table cannot tell them apart on the way back.
        fc.pre(!/лј|нј|дж/iu.test(cyr));
        assert.equal(latinToCyrillic(cyrillicToLatin(cyr)), cyr);
      }),
    );
  });
  it('gives sr-Cyrl text a labelled sr-Latn transliteration for sr-Latn readers, and leaves other text alone', () => {
    const text = { values: { 'sr-Cyrl': 'Отворени подаци', en: 'Open data' }, source: 'sr-Cyrl' };
    const both = withSerbianScripts(text);
    assert.equal(both.values['sr-Latn'], 'Otvoreni podaci');
    assert.deepEqual(both.origin?.['sr-Latn'], { kind: 'transliteration', from: 'sr-Cyrl' });
    assert.deepEqual(resolveText(both, 'sr-Latn'), {
      text: 'Otvoreni podaci',
      lang: 'sr-Latn',
      isFallback: false,
      machine: false,
      origin: 'transliteration',
    });
    const latin = { values: { sq: 'Të dhëna', 'sr-Latn': 'Podaci' } };
    assert.equal(withSerbianScripts(latin), latin);
    assert.equal(withSerbianScripts(latin, true).values['sr-Cyrl'], 'Подаци');
  });
  it('shows Serbian data text stored in one script to readers of the other, transliterated and labelled', () => {
    const latin = { values: { sq: 'Të dhëna të hapura', 'sr-Latn': 'Otvoreni podaci, Njegoš' }, source: 'sq' };
    const forCyrillic = inReaderScript(latin, 'sr-Cyrl');
    assert.deepEqual(resolveText(forCyrillic, 'sr-Cyrl'), {
      text: 'Отворени подаци, Његош',
      lang: 'sr-Cyrl',
      isFallback: false,
      machine: false,
      origin: 'transliteration',
    });
    // A region keeps the script (sr-Cyrl-XK); the same object comes back on the next render, transliterated once.
    assert.equal(inReaderScript(latin, 'sr-Cyrl-XK'), forCyrillic);
    assert.equal(resolveText(inReaderScript(latin, 'sr-Cyrl-XK'), 'sr-Cyrl-XK')?.text, 'Отворени подаци, Његош');
    // The reverse: Cyrillic-only text (say, from a file that skipped the import) for a reader of Latin.
    const cyrillic = { values: { 'sr-Cyrl': 'Џеп', en: 'Pocket' }, source: 'sr-Cyrl' };
    assert.equal(resolveText(inReaderScript(cyrillic, 'sr-Latn'), 'sr-Latn')?.text, 'Džep');
    assert.equal(resolveText(inReaderScript(cyrillic, 'sr-Latn'), 'sr-Latn')?.origin, 'transliteration');
    // Text that has the reader's script, other readers, and text with no Serbian: unchanged, the same object.
    const both = { values: { 'sr-Latn': 'Podaci', 'sr-Cyrl': 'Подаци (изворно)' } };
    assert.equal(inReaderScript(both, 'sr-Cyrl'), both);
    assert.equal(inReaderScript(latin, 'sq'), latin);
    assert.equal(inReaderScript(latin, 'sr-Latn'), latin);
    const none = { values: { sq: 'Të dhëna', en: 'Data' } };
    assert.equal(inReaderScript(none, 'sr-Cyrl'), none);
    assert.equal(resolveText(inReaderScript(none, 'sr-Cyrl'), 'sr-Cyrl')?.lang, 'sq');
  });
  it('import adds the Latin transliteration to Cyrillic-only text and changes nothing else', () => {
    const institution = (name: Record<string, string>) => ({
      format: 'hapur/v1',
      provenance: { kind: 'example', source: 'test' },
      institutions: [
        {
          id: 'rs-mdu',
          name: { values: name },
          kind: 'ministry',
          sector: 'government',
          country: 'RS',
          level: 'central',
        },
      ],
    });
    const r = validateImportFile(institution({ 'sr-Cyrl': 'Министарство државне управе' }), 't.json');
    assert.equal(r.ok && r.data.institutions?.[0]?.name.values['sr-Latn'], 'Ministarstvo državne uprave');
    const plain = institution({ 'sr-Latn': 'Ministarstvo', sq: 'Ministria' });
    const p = validateImportFile(plain, 't.json');
    assert.deepEqual(p.ok && p.data.institutions?.[0]?.name, {
      values: { 'sr-Latn': 'Ministarstvo', sq: 'Ministria' },
    });
  });
});
