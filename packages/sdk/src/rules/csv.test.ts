import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CELL_LIMIT, continuedColumn, continuedFrom, csvCell, csvDocument, spreadLongCells } from './csv.js';

/** An RFC 4180 reader written for this test (what a spreadsheet sees), with the separator as a parameter. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1));
    else cell += ch;
  }
  assert.equal(quoted, false, 'no quote left open');
  assert.equal(row.length + cell.length, 0, 'every row ends with CRLF');
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;
/** What a reader must see: the text itself, or the text behind an apostrophe when it could run as a formula. */
const shown = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);

describe('csvCell', () => {
  it('leaves plain text and numbers alone and writes nothing for a missing value', () => {
    assert.equal(csvCell('Ministria e Financave'), 'Ministria e Financave');
    assert.equal(csvCell(42), '42');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(null), '');
  });

  it('quotes a cell with a quote, a line break, a comma or a semicolon, the same way', () => {
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('a\r\nb'), '"a\r\nb"');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('a; b'), '"a; b"');
  });

  it('puts an apostrophe before = + - @ tab and CR, so a spreadsheet never runs the text', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tcmd'), "'\tcmd");
    assert.equal(csvCell('\rcmd'), `"'\rcmd"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only the first character matters');
  });
});

describe('csvDocument', () => {
  it('ends every row with CRLF, starts with a BOM when asked, and separates with , or ;', () => {
    assert.equal(
      csvDocument([
        ['a', 'b'],
        [1, undefined],
      ]),
      'a,b\r\n1,\r\n',
    );
    assert.equal(csvDocument([['a', 'b']], { separator: ';', bom: true }), '\uFEFFa;b\r\n');
    assert.equal(csvDocument([]), '');
  });

  const cell = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', ' ', 'a', 'ë', 'š') }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('reads back cell for cell through an RFC 4180 parser, with either separator', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';' as const), (table, separator) => {
        const text = csvDocument(table, { separator });
        assert.deepEqual(
          parseCsv(text, separator),
          table.map((r) => r.map(shown)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a cell start with a formula character, whatever the separator a spreadsheet splits on', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';' as const), (table, separator) => {
        for (const row of parseCsv(csvDocument(table, { separator }), separator))
          for (const read of row) assert.doesNotMatch(read, FORMULA);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes the same way for , and ;, so a file reads the same cells when opened with the other separator', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const comma = csvDocument(table, { separator: ',' });
        const semicolon = csvDocument(table, { separator: ';' });
        assert.deepEqual(parseCsv(comma, ','), parseCsv(semicolon, ';'));
      }),
    );
  });
});

describe('spreadLongCells', () => {
  // 40,000 characters, with "𝔸" (two UTF-16 units) placed across the first cut.
  const long = `${'a'.repeat(32_765)}𝔸${'b'.repeat(7_233)}`;

  it('continues a text longer than an Excel cell in "<column> (2)" beside it, joinable back to the same text', () => {
    const rows = spreadLongCells([
      ['id', 'notes', 'done'],
      ['r1', long, true],
      ['r2', 'short', false],
    ]);
    assert.deepEqual(rows[0], ['id', 'notes', 'notes (2)', 'done']);
    assert.equal(rows[1]![1], 'a'.repeat(32_765), 'the cut does not split "𝔸"');
    assert.equal(`${String(rows[1]![1])}${String(rows[1]![2])}`, long);
    assert.deepEqual(rows[2], ['r2', 'short', undefined, false]);
    // Every cell as written, apostrophe included, fits Excel's limit.
    for (const row of rows) for (const cell of row) assert.ok(csvCell(cell).length <= CELL_LIMIT);
  });

  it('keeps the space for the formula guard: a piece starting with "-" gets its apostrophe and still fits', () => {
    const text = `${'x'.repeat(32_766)}-${'y'.repeat(100)}`;
    const [, row] = spreadLongCells([['n'], [text]]);
    assert.equal(csvCell(row![1]), `'-${'y'.repeat(100)}`);
    assert.equal(csvCell(row![0]).length, 32_766);
  });

  it('gives the rows back unchanged when no text is that long', () => {
    const rows = [
      ['a', 'b'],
      ['1', 2],
    ];
    assert.deepEqual(spreadLongCells(rows), rows);
  });

  it('names continuation columns one way, and reads them back', () => {
    assert.equal(continuedColumn('commitment.problem.sq', 3), 'commitment.problem.sq (3)');
    assert.deepEqual(continuedFrom('commitment.problem.sq (3)'), { column: 'commitment.problem.sq', part: 3 });
    assert.equal(continuedFrom('notes (1)'), undefined, 'the first part is the column itself');
    assert.equal(continuedFrom('notes'), undefined);
  });
});
