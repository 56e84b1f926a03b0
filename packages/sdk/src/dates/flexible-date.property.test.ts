import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TEXT_CHARACTERS } from '../schemas/common.js';
import { FlexibleDateSchema } from '../schemas/flexible-date.js';
import { isOverdue } from '../rules/dates.js';
import { parseFlexibleDate } from './flexible-date.js';

describe('parseFlexibleDate properties', () => {
  it('never throws, always keeps the text, and returns a valid FlexibleDate exactly when the text is text (≤ 500)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (text) => {
        const d = parseFlexibleDate(text, 'sq');
        assert.equal(d.text, text);
        // A NUL, a lone surrogate or a non-character is kept as written, and the schema refuses it.
        assert.equal(FlexibleDateSchema.safeParse(d).success, TEXT_CHARACTERS.test(text), JSON.stringify(d));
        if (d.earliest && d.latest) assert.ok(d.earliest <= d.latest);
      }),
      { numRuns: 2000 },
    );
  });
  it('reads any "Q<n> <year>" spelling as that quarter, EDTF month 32+n', () => {
    const spelling = fc.constantFrom(
      'Q{q} {y}',
      'Q {q} - {y}',
      'Q{q} – {y}',
      'q{q}/{y}',
      '{y}-Q{q}',
      'T{q} {y}',
      'Q{q}, {y}',
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1990, max: 2099 }), spelling, (q, y, s) => {
        const d = parseFlexibleDate(s.replace('{q}', String(q)).replace('{y}', String(y)));
        assert.equal(d.kind, 'quarter');
        assert.equal(d.edtf, `${y}-${32 + q}`);
        assert.equal(isOverdue(d, `${y + 1}-01-01`), true);
        assert.equal(isOverdue(d, `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`), false);
      }),
    );
  });
});
