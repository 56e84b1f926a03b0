import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { formatFlexibleDate } from './due-wording.js';

const f = (text: string, lang: 'sq' | 'sr-Latn' | 'en') => formatFlexibleDate(parseFlexibleDate(text, 'sq'), lang).text;

describe('formatFlexibleDate', () => {
  it('writes quarters the way each language does', () => {
    assert.deepEqual(
      [f('Q 1 - 2027', 'sq'), f('Q 1 - 2027', 'sr-Latn'), f('Q 1 - 2027', 'en')],
      ['TM1 2027', '1. kvartal 2027.', 'Q1 2027'],
    );
    assert.equal(f('Q4 2028', 'en'), 'Q4 2028');
  });
  it('translates Albanian wording for readers of other languages', () => {
    assert.equal(f('Nga fundi i vitit 2027', 'en'), 'by the end of 2027');
    assert.equal(f('Nga fundi i vitit 2027', 'sr-Latn'), 'do kraja 2027. godine');
    assert.equal(f('Tremujor, gjatë periudhës 2026–2028', 'en'), 'every quarter, 2026–2028');
    assert.equal(f('Vazhdon (2026–2028)', 'en'), 'ongoing (2026–2028)');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'en'), 'July 2026');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'sq'), 'korrik 2026');
    assert.equal(f('Q3 2026 (Korrik 2026)', 'sr-Latn'), 'jul 2026.');
    assert.equal(f('31.12.2027', 'sq'), '31 dhjetor 2027');
    assert.equal(f('31.12.2027', 'sr-Latn'), '31. decembar 2027.');
    assert.equal(f('31.12.2027', 'en'), '31 December 2027');
    assert.equal(f('2027', 'en'), '2027');
  });
  it('shows an unreadable date as written, in its own language', () => {
    assert.deepEqual(formatFlexibleDate(parseFlexibleDate('Q', 'sq'), 'en'), {
      text: 'Q',
      lang: 'sq',
      asWritten: true,
    });
  });
});
