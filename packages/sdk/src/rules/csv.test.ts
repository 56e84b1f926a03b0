import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvCell, csvDocument } from './csv.js';

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
