import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LocalizedTextSchema, LangTagSchema } from './common.js';

describe('LocalizedTextSchema', () => {
  it('accepts Albanian source text with a machine translation into Serbian (Latin)', () => {
    const text = LocalizedTextSchema.parse({
      values: { sq: 'Plani i veprimit', 'sr-Latn': 'Akcioni plan' },
      source: 'sq',
      origin: { 'sr-Latn': { kind: 'machine', from: 'sq' } },
    });
    assert.equal(text.values['sr-Latn'], 'Akcioni plan');
  });

  it('refuses a bare "sr" tag, which would format in Cyrillic', () => {
    assert.equal(LangTagSchema.safeParse('sr').success, false);
    assert.equal(LangTagSchema.safeParse('sr-Latn').success, true);
    assert.equal(LangTagSchema.safeParse('sr-Latn-XK').success, true);
  });

  it('refuses empty strings as text', () => {
    assert.equal(LocalizedTextSchema.safeParse({ values: { sq: '' } }).success, false);
  });
});
