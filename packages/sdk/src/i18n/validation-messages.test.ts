import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UI_LANGUAGES, type UiLanguage } from '../schemas/common.js';
import * as z from 'zod/mini';
import { PeriodSchema } from '../schemas/period.js';
import { FeedbackInputSchema } from '../schemas/submission.js';
import { MESSAGE_KEYS, type ValidationMessages } from './messages.js';
import { loadValidationMessages, validationMessages } from './translations/index.js';
import { describeIssue, fieldErrors, messageKey } from './validation-messages.js';

// Each language through its loader, as a page loads it.
const TABLES = Object.fromEntries(
  await Promise.all(UI_LANGUAGES.map(async (lang) => [lang, await loadValidationMessages(lang)] as const)),
) as Record<UiLanguage, ValidationMessages>;

const valid = {
  type: 'feedback',
  subject: { topic: 'Parking' },
  message: 'The parking sign is broken.',
  language: 'en',
};

function errorsFor(input: unknown, lang: UiLanguage) {
  const r = FeedbackInputSchema.safeParse(input);
  assert.equal(r.success, false);
  return fieldErrors(r.error as NonNullable<typeof r.error>, TABLES[lang]);
}

describe('validation messages', () => {
  it('exist in every UI language for every key, with the same placeholders', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const lang of UI_LANGUAGES) {
      const table = TABLES[lang];
      // Every key, none other. (Not their order: Bosnian and Serbian spread the entries they share first,
      // bosnian-serbian.ts; the built files keep the English order, test/shape/bosnian-serbian.test.ts.)
      assert.deepEqual(Object.keys(table.messages).sort(), [...MESSAGE_KEYS].sort(), lang);
      assert.deepEqual(Object.keys(table.fields).sort(), Object.keys(TABLES.en.fields).sort(), lang);
      for (const part of ['messages', 'fields'] as const)
        for (const [key, text] of Object.entries(table[part])) {
          assert.ok(text.trim().length > 5, `${key}/${lang}`);
          assert.equal(holes(text), holes((TABLES.en[part] as Record<string, string>)[key] ?? ''), `${key}/${lang}`);
        }
    }
  });
  it('load once per language, and are there at once afterwards', async () => {
    assert.equal(validationMessages('sq'), TABLES.sq);
    assert.equal(await loadValidationMessages('sq'), TABLES.sq);
  });
  it('tell a citizen how long the message must be, in their language', () => {
    const input = { ...valid, message: 'short' };
    assert.deepEqual(errorsFor(input, 'en')['message'], ['Your message is too short: write at least 10 characters.']);
    assert.deepEqual(errorsFor(input, 'sq')['message'], [
      'Mesazhi është shumë i shkurtër: shkruani të paktën 10 karaktere.',
    ]);
    assert.deepEqual(errorsFor(input, 'sr-Latn')['message'], ['Poruka je prekratka: napišite najmanje 10 znakova.']);
  });
  it('count only real characters: ten spaces are not a message', () => {
    assert.deepEqual(errorsFor({ ...valid, message: ' '.repeat(12) }, 'en')['message'], [
      'Your message is too short: write at least 10 characters.',
    ]);
  });
  it('count no invisible characters: twelve zero-width spaces are not a message', () => {
    const en = errorsFor({ ...valid, message: '\u200b'.repeat(12) }, 'en');
    assert.deepEqual(en['message'], ['Your message is too short: write at least 10 characters.']);
  });
  it('say which text cannot be stored: a NUL, a lone surrogate, a non-character, in every language', () => {
    for (const bad of ['Broken \u0000 sign here.', 'Broken \ud800 sign here.', 'Broken \uffff sign here.']) {
      for (const lang of UI_LANGUAGES) {
        const errors = errorsFor({ ...valid, message: bad }, lang);
        assert.deepEqual(errors['message'], [TABLES[lang].messages.text_characters]);
      }
    }
  });
  it('name the field for email, consent, subject and unknown fields', () => {
    const e = errorsFor({ ...valid, subject: {}, contact: { email: 'not-an-email' }, isAdmin: true }, 'en');
    assert.deepEqual(e['contact.email'], ['Enter an email address like name@example.com.']);
    assert.deepEqual(e['consent'], ['To be contacted, give your consent — or leave the contact details empty.']);
    assert.deepEqual(e['subject'], ['Choose what your message is about: a service, a commitment or a topic.']);
    assert.deepEqual(e['isAdmin'], ['Unknown field: “isAdmin”.']);
  });
  it('say "required" for a missing field and "choose" for a bad option', () => {
    const e = errorsFor({ message: valid.message, type: 'complaint' }, 'sq');
    assert.deepEqual(e['subject'], ['Plotësoni këtë fushë.']);
    assert.deepEqual(e['language'], ['Zgjidhni gjuhën në të cilën shkruat.']);
    assert.deepEqual(e['type'], ['Zgjidhni llojin e mesazhit.']);
    const generic = errorsFor(
      { ...valid, subject: { planId: 'xk-2026-2028', commitmentNumber: '3' }, type: 'proposal', consent: 'po' },
      'en',
    );
    assert.deepEqual(generic['consent'], ['Fill in this field.']);
  });
  it('say the years a quarter may have (2000 to 2099, as PeriodSchema checks) in every language, not only English', () => {
    const refused = z.object({ period: PeriodSchema }).safeParse({ period: '1999-Q1' });
    const issue = refused.error?.issues[0];
    assert.ok(issue);
    assert.equal(messageKey(issue), 'period');
    for (const lang of UI_LANGUAGES) {
      const message = describeIssue(issue, TABLES[lang]);
      assert.match(message, /2000\D+2099/, lang);
      assert.match(message, /2026-Q1/, lang);
    }
  });

  it('explain a bare "sr" language tag', () => {
    const e = errorsFor({ ...valid, language: 'sr' }, 'en');
    assert.deepEqual(e['language'], ['For Serbian, choose the script: Latin (sr-Latn) or Cyrillic (sr-Cyrl).']);
  });
  it('map every zod issue code to a message key with a sentence', () => {
    const codes = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'not_multiple_of',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'invalid_value',
      'custom',
    ];
    for (const code of codes) {
      const issue = {
        code,
        path: ['x'],
        message: '',
        input: undefined,
        keys: ['k'],
        format: 'regex',
        origin: 'string',
        minimum: 3,
        maximum: 5,
        values: [],
        issues: [],
        errors: [],
        expected: 'string',
        divisor: 1,
      } as unknown as Parameters<typeof messageKey>[0];
      const key = messageKey(issue);
      assert.ok(MESSAGE_KEYS.includes(key), code);
      for (const lang of UI_LANGUAGES) assert.ok(!describeIssue(issue, TABLES[lang]).includes('{'), `${code}/${lang}`);
    }
  });
  it('use field-specific wording where the generic one is vague', () => {
    assert.deepEqual(errorsFor({ ...valid, message: 'x'.repeat(5001) }, 'en')['message'], [
      'Your message is too long: write no more than 5000 characters.',
    ]);
    assert.deepEqual(errorsFor({ ...valid, location: 'x'.repeat(201) }, 'sr-Latn')['location'], [
      'Opišite mesto sa najviše 200 znakova.',
    ]);
    assert.deepEqual(errorsFor({ ...valid, type: 'complaint' }, 'sq')['type'], ['Zgjidhni llojin e mesazhit.']);
    const keys = new Set<string>(MESSAGE_KEYS);
    for (const k of Object.keys(TABLES.en.fields))
      assert.ok(keys.has(k.split('.').at(-1) ?? ''), `${k} overrides an existing message key`);
  });
});
