import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateLanguage, resolveText } from './localized-text.js';
import { UI_LANGUAGES } from './languages.js';

const plan = {
  values: { sq: 'Plani i veprimit', en: 'Action plan', 'sr-Latn': 'Akcioni plan' },
  source: 'sq',
  origin: { en: { kind: 'machine' as const, from: 'sq' }, 'sr-Latn': { kind: 'human' as const, from: 'sq' } },
};

describe('resolveText', () => {
  it('returns the requested language and says whether it is a machine translation', () => {
    assert.deepEqual(resolveText(plan, 'en'), {
      text: 'Action plan',
      lang: 'en',
      isFallback: false,
      machine: true,
      origin: 'machine',
    });
    assert.deepEqual(resolveText(plan, 'sq'), {
      text: 'Plani i veprimit',
      lang: 'sq',
      isFallback: false,
      machine: false,
      origin: 'original',
    });
  });
  it('counts a transliteration of a machine translation as a machine translation', () => {
    const cyrillic = {
      values: { sq: 'Plani', 'sr-Latn': 'Plan', 'sr-Cyrl': 'План' },
      source: 'sq',
      origin: {
        'sr-Latn': { kind: 'machine' as const, from: 'sq' },
        'sr-Cyrl': { kind: 'transliteration' as const, from: 'sr-Latn' },
      },
    };
    assert.deepEqual(resolveText(cyrillic, 'sr-Cyrl'), {
      text: 'План',
      lang: 'sr-Cyrl',
      isFallback: false,
      machine: true,
      origin: 'transliteration',
    });
    const human = { ...cyrillic, origin: { ...cyrillic.origin, 'sr-Latn': { kind: 'human' as const, from: 'sq' } } };
    assert.equal(resolveText(human, 'sr-Cyrl')?.machine, false);
  });
  it('prefers the same language in another region or script before falling back', () => {
    const t = { values: { sq: 'Tekst', 'sr-Cyrl': 'Текст', 'sr-Latn-XK': 'Tekst (XK)' }, source: 'sq' };
    assert.equal(resolveText(t, 'sr-Latn')?.lang, 'sr-Latn-XK');
    assert.equal(
      resolveText({ values: { sq: 'Tekst', 'sr-Cyrl': 'Текст' }, source: 'sq' }, 'sr-Latn')?.lang,
      'sr-Cyrl',
    );
    assert.equal(resolveText({ values: { 'en-GB': 'Colour', sq: 'Ngjyra' } }, 'en')?.text, 'Colour');
  });
  it('falls back to the source language, then sq, then en, and marks the fallback', () => {
    const onlySource = { values: { en: 'Only English', sq: 'Vetëm shqip' }, source: 'en' };
    assert.deepEqual(resolveText(onlySource, 'sr-Latn'), {
      text: 'Only English',
      lang: 'en',
      isFallback: true,
      machine: false,
      origin: 'original',
    });
    assert.equal(resolveText({ values: { en: 'E', sq: 'S' } }, 'de')?.lang, 'sq');
    assert.equal(resolveText({ values: { tr: 'Türkçe' } }, 'en')?.lang, 'tr');
    assert.equal(resolveText({ values: { en: 'E', sq: 'S' } }, 'de', ['en'])?.lang, 'en');
  });
  it('gives a Bosnian reader the Serbian text before the source language', () => {
    // The Kosovo plan in Albanian with Serbian and English translations: a Bosnian reader reads the Serbian.
    const bosnian = resolveText(plan, 'bs');
    assert.equal(bosnian?.text, 'Akcioni plan');
    assert.equal(bosnian?.lang, 'sr-Latn');
    assert.equal(bosnian?.isFallback, true);
    // Turkish readers have no close language here: the source language, as before.
    assert.equal(resolveText(plan, 'tr')?.lang, 'sq');
  });
  it('returns undefined when there is no text, and keeps markup as plain data', () => {
    assert.equal(resolveText(undefined, 'sq'), undefined);
    assert.equal(resolveText({ values: {} }, 'sq'), undefined);
    assert.equal(
      resolveText({ values: { sq: '<img src=x onerror=alert(1)>' } }, 'sq')?.text,
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('negotiateLanguage', () => {
  it('maps BCP 47 tags onto the six UI languages with Intl.Locale', () => {
    const cases: [string, string][] = [
      ['sr', 'sr-Latn'],
      ['sr-Latn-RS', 'sr-Latn'],
      ['sr-Cyrl', 'sr-Cyrl'],
      ['sr-Cyrl-RS', 'sr-Cyrl'],
      ['hr', 'sr-Latn'],
      ['tr-TR', 'tr'],
      ['bs', 'bs'],
      ['SR-latn', 'sr-Latn'],
      ['bs-BA', 'bs'],
      ['sq-AL', 'sq'],
      ['sq', 'sq'],
      ['sq-XK', 'sq'],
      ['en-GB', 'en'],
      ['en', 'en'],
    ];
    for (const [tag, want] of cases) assert.equal(negotiateLanguage(tag), want, tag);
  });
  it('maps every UI language to itself, with a region too, so a language added to UI_LANGUAGES needs no other rule', () => {
    for (const lang of UI_LANGUAGES) {
      assert.equal(negotiateLanguage(lang), lang, lang);
      assert.equal(negotiateLanguage(`${lang}-XK`), lang, `${lang}-XK`);
    }
    assert.equal(negotiateLanguage('cnr-ME'), 'sr-Latn');
    assert.equal(negotiateLanguage('sh'), 'sr-Latn');
  });
  it('takes the first usable tag of a preference list and falls back otherwise', () => {
    assert.equal(negotiateLanguage(['de-DE', 'sq-AL', 'en']), 'sq');
    assert.equal(negotiateLanguage(['de', 'fr']), 'en');
    assert.equal(negotiateLanguage('not a tag!!', 'sq'), 'sq');
    assert.equal(negotiateLanguage(undefined, 'sr-Latn'), 'sr-Latn');
  });
  it('answers null for a tag no UI language serves when null is the fallback', () => {
    assert.equal(negotiateLanguage('mk', null), null);
    assert.equal(negotiateLanguage(undefined, null), null);
    assert.equal(negotiateLanguage('sr-latn', null), 'sr-Latn');
  });
});
