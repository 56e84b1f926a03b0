import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latinToCyrillicUi, strayLatin } from './transliterate.js';

// sr-Cyrl interface text is generated from sr-Latn (latinToCyrillicUi), never written apart.
describe('Serbian Cyrillic interface text', () => {
  it('keeps placeholders, addresses and codes in Latin and nothing else', () => {
    assert.equal(
      latinToCyrillicUi('Unesite ${n} adresu ime@primer.com, https://x.org, P15D i {max} CSV znakova.'),
      'Унесите ${n} адресу ime@primer.com, https://x.org, P15D и {max} CSV знакова.',
    );
    assert.deepEqual(strayLatin('Унесите {max} знакова, ISO 8601, sr-Latn'), []);
    assert.deepEqual(strayLatin('Унесите tekst'), ['tekst']);
    assert.equal(latinToCyrillicUi('Na primer xk-mapl.'), 'На пример xk-mapl.');
    // A file's extension stays as written: "(.ics)", not "(.иcs)".
    assert.equal(latinToCyrillicUi('Pretplatite se na kalendar (.ics)'), 'Претплатите се на календар (.ics)');
    // A currency or country code a form asks for is typed in Latin capitals: the hint shows it so ("EUR", not "ЕУР").
    assert.equal(latinToCyrillicUi('Tri velika slova, npr. EUR ili ALL.'), 'Три велика слова, нпр. EUR или ALL.');
    assert.equal(latinToCyrillicUi('npr. MK, AL, MKD'), 'нпр. MK, AL, MKD');
  });
});
