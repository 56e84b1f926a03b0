import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  IsoDurationSchema,
  LangTagSchema,
  LocalizedTextSchema,
  UrlSchema,
  plainText,
  text,
} from './common.js';
import { ProblemDetailsSchema, listOf, pageOf } from './envelopes.js';
import { ContactPointSchema, LegalResourceRefSchema } from './refs.js';
import { InstitutionSchema } from './institution.js';
import { sq } from './fixtures.test-helpers.js';

describe('text fields', () => {
  it('refuse control characters, lone surrogates and non-characters; keep tabs, line breaks, emoji and joiners', () => {
    for (const bad of [
      'a\u0000b',
      'a\u0007',
      '\u001b[0m',
      'a\u007f',
      'a\u0085',
      '\ud800',
      'a\udfff',
      '\ufffe',
      '\u{10ffff}',
      '\ufdd0',
    ])
      assert.equal(text(0, 100).safeParse(bad).success, false, JSON.stringify(bad));
    for (const good of ['Tab\tline\r\nbreak', 'Ç ë 👨\u200d👩\u200d👧 Đ', '\u{1f600}', ''])
      assert.equal(text(0, 100).safeParse(good).success, true, JSON.stringify(good));
  });
  it('count no invisible characters towards a minimum, in plain text and in localized text', () => {
    assert.equal(plainText(3, 100).safeParse('\u200b\u200c\u200d\ufeff\u2060').success, false);
    assert.equal(plainText(3, 100).safeParse(' \u3164\u3164\u3164 ').success, false);
    assert.equal(plainText(3, 100).safeParse('a\u200bb\u200bc').success, true);
    assert.equal(LocalizedTextSchema.safeParse({ values: { en: '\u200b' } }).success, false);
    assert.equal(LocalizedTextSchema.safeParse({ values: { en: ' ' } }).success, false);
    assert.equal(LocalizedTextSchema.safeParse({ values: { en: 'x\u0000' } }).success, false);
  });
});

describe('LocalizedTextSchema', () => {
  it('accepts Albanian source text with a machine translation into Serbian (Latin)', () => {
    const text = LocalizedTextSchema.parse({
      values: { sq: 'Plani i veprimit', 'sr-Latn': 'Akcioni plan' },
      source: 'sq',
      origin: { 'sr-Latn': { kind: 'machine', from: 'sq' } },
    });
    assert.equal(text.values['sr-Latn'], 'Akcioni plan');
  });
  it('refuses a bare "sr" tag, which would format in Cyrillic, as key, source or origin', () => {
    assert.equal(LangTagSchema.safeParse('sr').success, false);
    assert.equal(LangTagSchema.safeParse('sr-Latn').success, true);
    assert.equal(LangTagSchema.safeParse('sr-Latn-XK').success, true);
    assert.equal(LocalizedTextSchema.safeParse({ values: { sr: 'Tekst' } }).success, false);
    assert.equal(LocalizedTextSchema.safeParse({ values: { sq: 'T' }, source: 'sr' }).success, false);
  });
  it('refuses empty strings and unknown origin kinds', () => {
    assert.equal(LocalizedTextSchema.safeParse({ values: { sq: '' } }).success, false);
    assert.equal(
      LocalizedTextSchema.safeParse({ values: { sq: 'a' }, origin: { sq: { kind: 'guess' } } }).success,
      false,
    );
  });
  it('keeps markup as data, unchanged', () => {
    const xss = '<script>alert("x")</script>';
    assert.equal(LocalizedTextSchema.parse({ values: { en: xss } }).values['en'], xss);
  });
});

describe('scalar schemas', () => {
  it('ids are lower-case slugs', () => {
    for (const ok of ['xk-mapl', 'xk-2026-2028-c1-m1', 'prishtina-birth-certificate', 'al-2020-2022'])
      assert.ok(IdSchema.safeParse(ok).success, ok);
    for (const bad of ['XK-MAPL', '-x', 'x-', 'a b', '', 'x'.repeat(121), '../etc'])
      assert.equal(IdSchema.safeParse(bad).success, false, bad);
  });
  it('dates, times and durations are ISO 8601 and real', () => {
    assert.ok(IsoDateSchema.safeParse('2026-02-28').success);
    assert.equal(IsoDateSchema.safeParse('2026-02-30').success, false);
    assert.equal(IsoDateSchema.safeParse('28.02.2026').success, false);
    assert.ok(IsoDateTimeSchema.safeParse('2026-03-01T09:30:00Z').success);
    assert.ok(IsoDateTimeSchema.safeParse('2026-03-01T09:30:00+01:00').success);
    assert.equal(IsoDateTimeSchema.safeParse('2026-03-01 09:30').success, false);
    assert.ok(IsoDurationSchema.safeParse('P15D').success && IsoDurationSchema.safeParse('PT48H').success);
    assert.equal(IsoDurationSchema.safeParse('15 days').success, false);
  });
  it('URLs must be https: no http:, javascript: or data: links', () => {
    assert.ok(UrlSchema.safeParse('https://kk.rks-gov.net/prishtine/').success);
    assert.ok(UrlSchema.safeParse('https://medium.example/@hapur/notes').success, 'an @ in the path is no user name');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://example.com/x',
      'example.com',
      'http://kk.rks-gov.net/prishtine/',
      'HTTP://example.com/',
      ' javascript:alert(1)',
      'https://e-kosova.rks-gov.net@evil.example/',
      'https://user:pass@kk.rks-gov.net/',
      'https://:pass@kk.rks-gov.net/',
    ])
      assert.equal(UrlSchema.safeParse(bad).success, false, bad);
  });
});

describe('shared shapes', () => {
  it('LegalResourceRef and ContactPoint', () => {
    assert.ok(
      LegalResourceRefSchema.safeParse({
        title: sq('Ligji për qasje në dokumente publike'),
        number: 'Ligji Nr. 06/L-081',
        article: '16',
      }).success,
    );
    assert.equal(ContactPointSchema.safeParse({ email: 'not-mail' }).success, false);
    assert.ok(ContactPointSchema.safeParse({ email: 'info@example.org', telephone: '+383 38 200 00 000' }).success);
  });
  it('ProblemDetails carries a code and per-field errors; status is an HTTP error status', () => {
    const p = {
      type: 'about:blank',
      title: 'Invalid input',
      status: 422,
      code: 'invalid_input',
      errors: [{ path: 'message', code: 'min_chars', message: 'Write at least 10 characters.' }],
    };
    assert.ok(ProblemDetailsSchema.safeParse(p).success);
    assert.equal(ProblemDetailsSchema.safeParse({ ...p, status: 200 }).success, false);
  });
  it('listOf and pageOf wrap items and validate each one', () => {
    const inst = {
      id: 'xk-aip',
      name: sq('Agjencia për Informim dhe Privatësi'),
      kind: 'independent_institution',
      sector: 'government',
      country: 'XK',
      level: 'central',
    };
    assert.ok(listOf(InstitutionSchema).safeParse({ items: [inst] }).success);
    assert.equal(listOf(InstitutionSchema).safeParse({ items: [{ ...inst, country: 'ZZ' }] }).success, false);
    const page = pageOf(InstitutionSchema);
    assert.ok(page.safeParse({ items: [], page: 1, pageSize: 20, total: 0 }).success);
    assert.equal(page.safeParse({ items: [], page: 0, pageSize: 20, total: 0 }).success, false);
    assert.equal(page.safeParse({ items: [], page: 1, pageSize: 1000, total: 0 }).success, false);
  });
});
