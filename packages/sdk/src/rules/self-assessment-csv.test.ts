import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelfAssessment } from '../schemas/self-assessment.js';
import { selfAssessmentCsv } from './self-assessment.js';

/** An RFC 4180 reading of the CSV (the writer quotes every cell with a line break, comma, semicolon or quote). */
function cells(csv: string): string[][] {
  const rows: string[][] = [[]];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  for (let m = re.exec(csv); m && m[0] !== ''; m = re.exec(csv)) {
    const cell = m[1]!;
    rows.at(-1)!.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    if (m[2] === '\r\n') rows.push([]);
  }
  return rows.filter((r) => r.length > 0);
}

test('a narrative longer than an Excel cell holds goes on in "narrative.sq (2)", (3), never cut or over the limit', () => {
  // 1.2 (2027-02-28): … a year of reports, 70,000 characters, a letter written as two UTF-16 units where a cut falls.
  const narrative = `${'Raporti. '.repeat(3640)}Abcde𝔸${'Vazhdim. '.repeat(4133)}`;
  assert.equal(narrative.codePointAt(32_765), '𝔸'.codePointAt(0));
  const sa: SelfAssessment = {
    planId: 'xk-2026-2028',
    planTitle: { values: { sq: 'Plani' } },
    country: 'XK',
    period: { from: '2027-01-01', to: '2027-12-31' },
    rows: [
      {
        commitmentNumber: '1',
        commitmentTitle: { values: { sq: 'Zotimi' } },
        completion: 'limited',
        progressPercent: 30,
        milestonesCompleted: 0,
        milestonesTotal: 2,
        narrative: { values: { sq: narrative, en: 'Short.' } },
        evidence: [],
      },
    ],
  };
  const [header, row] = cells(selfAssessmentCsv(sa, 'sq').replace(/^\uFEFF/, ''));
  const at = header!.indexOf('narrative.sq');
  assert.deepEqual(header!.slice(at, at + 4), ['narrative.sq', 'narrative.sq (2)', 'narrative.sq (3)', 'narrative.en']);
  assert.equal(row!.length, header!.length);
  for (const cell of row!) assert.ok(cell.length <= 32_767, `${cell.length} characters`);
  assert.equal(row!.slice(at, at + 3).join(''), narrative, 'the pieces are the narrative, in order');
  assert.equal(row![at + 3], 'Short.');
});
