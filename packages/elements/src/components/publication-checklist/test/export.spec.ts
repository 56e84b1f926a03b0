import { PublicationChecklistSchema } from '@hapur/sdk';
import { expect } from '@open-wc/testing';
import { checklistFor, loadExampleData } from './fake-api.js';
import { checklistToCsv, checklistToJson, csvField, CSV_COLUMNS, exportFileName } from '../checklist-export.js';

/** A small RFC 4180 reader, enough to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('checklist export (pure)', () => {
  it('writes one CSV row per requirement, with stable column names and texts in the chosen language', async () => {
    const csv = checklistToCsv(checklistFor(await loadExampleData(), '2026-Q1'), 'sr-Latn');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]!.slice(0, CSV_COLUMNS.length)).to.deep.equal([...CSV_COLUMNS]);
    expect(rows[0]!.slice(CSV_COLUMNS.length)).to.deep.equal(['title_sq', 'title_sr-Latn', 'title_en']);
    expect(rows).to.have.length(15);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).to.include({
      period: '2026-Q1',
      requirement_id: 'xk-mf-pr-1',
      published: 'yes',
      up_to_date: 'partial',
      'available_sr-Latn': 'partial',
      available_en: 'no',
      overall: 'partially_compliant',
    });
    expect(first['title']).to.equal('Organizaciona struktura, funkcije i zadaci');
    expect(first['notes']).to.contain('Verzija na srpskom');
    const overall = rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('overall')]);
    expect(overall.filter((o) => o === 'compliant')).to.have.length(2);
    expect(overall.filter((o) => o === 'non_compliant')).to.have.length(4);
  });

  it('keeps every language the data holds: other checked languages and each title language, source first', async () => {
    const checklist = checklistFor(await loadExampleData(), '2026-Q1');
    const [req] = checklist.requirements;
    const title = { values: { mk: 'Организациска структура', en: 'Structure' }, source: 'mk' };
    const checks = checklist.checks.map((c) =>
      c.requirementId === req!.id ? { ...c, languages: { ...c.languages, tr: { available: 'yes' as const } } } : c,
    );
    const csv = checklistToCsv({ ...checklist, requirements: [{ ...req!, title }], checks }, 'en');
    const rows = parseCsv(csv.slice(1));
    const extra = rows[0]!.slice(CSV_COLUMNS.length);
    expect(extra).to.deep.equal(['available_tr', 'title_mk', 'title_en']);
    expect(rows[1]!.slice(CSV_COLUMNS.length)).to.deep.equal(['yes', 'Организациска структура', 'Structure']);
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).to.equal("'-1");
    expect(csvField(undefined)).to.equal('');
  });

  it('exports JSON that validates against the API schema and keeps every check', async () => {
    const checklist = checklistFor(await loadExampleData(), '2026-Q2');
    const parsed = PublicationChecklistSchema.parse(JSON.parse(checklistToJson(checklist)));
    expect(parsed.checks).to.have.length(14);
    expect(parsed.summary.overall.compliant).to.equal(5);
  });

  it('makes safe file names', () => {
    expect(exportFileName('xk-mf', '2026-Q1', 'csv')).to.equal('publication-checklist-xk-mf-2026-Q1.csv');
    expect(exportFileName('../x y', '2026-Q1', 'json')).to.equal('publication-checklist--x-y-2026-Q1.json');
  });
});
