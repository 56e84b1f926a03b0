import { expect } from '@open-wc/testing';
import { DEFAULT_STATE } from './commitment-tracker.types.js';
import en from './translations/en.js';
import { csvCell, exportFileName, toCsv, toJson } from './tracker-export.js';
import { buildRows } from './tracker-model.js';
import { syntheticPlan } from './synthetic-plan.js';

const helpers = {
  text: (t: { values: Record<string, string> } | undefined) => t?.values['en'] ?? '',
  institution: (id: string) => `Name of ${id}`,
  status: (row: { status: string }) => row.status,
  milestoneStatus: (s: string) => s,
};

/** A tiny RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
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
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\r') continue;
    else if (ch === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else cell += ch;
  }
  return rows;
}

describe('tracker export', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(undefined)).to.equal('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('@cmd')).to.equal("'@cmd");
  });

  it('writes one line per milestone with the commitment repeated, and one line for a commitment without milestones', () => {
    const plan = syntheticPlan(2, 3);
    const rows = buildRows(
      [...plan.commitments, { ...plan.commitments[0]!, id: 'empty', number: '3', milestones: [] }],
      new Map(),
    );
    const table = parseCsv(toCsv(rows, en.csvColumns, helpers));
    const columns = Object.values(en.csvColumns);
    expect(table[0]!.slice(0, columns.length)).to.deep.equal(columns);
    expect(table).to.have.length(1 + 3 + 3 + 1);
    expect(table[1]!.slice(0, 3)).to.deep.equal(['1', 'Synthetic commitment 1', 'Name of xx-beta']);
    expect(table[1]![5]).to.equal('1.1');
    expect(table[1]![7]).to.equal(plan.commitments[0]!.milestones[0]!.due.text);
    expect(table[7]![0]).to.equal('3');
    expect(table[7]![5]).to.equal('');
  });

  it('ends every line with the note when the plan or its progress is invented, and only then', () => {
    const rows = buildRows(syntheticPlan(2, 2).commitments, new Map());
    const noted = parseCsv(toCsv(rows, en.csvColumns, helpers, [en.csvDemonstration, en.demonstrationPlanNote]));
    expect(noted[0]!.at(-1)).to.equal('Demonstration data');
    expect(noted.slice(1).map((line) => line.at(-1))).to.deep.equal(Array(4).fill(en.demonstrationPlanNote));
    const plain = parseCsv(toCsv(rows, en.csvColumns, helpers));
    expect(plain[0]).to.have.length(noted[0]!.length - 1);
    expect(plain[0]).to.not.include('Demonstration data');
  });

  it('keeps every language of the titles as columns, the source language first, never a fixed three', () => {
    const plan = syntheticPlan(1, 1);
    const c = plan.commitments[0]!;
    const title = {
      values: { mk: 'Отворени податоци', en: 'Open data', 'sr-Cyrl': 'Отворени подаци' },
      source: 'mk',
    };
    const rows = buildRows([{ ...c, title, milestones: [{ ...c.milestones[0]!, title }] }], new Map());
    const table = parseCsv(toCsv(rows, en.csvColumns, helpers));
    const header = table[0]!.slice(Object.values(en.csvColumns).length);
    expect(header).to.deep.equal([
      'Commitment title [mk]',
      'Commitment title [en]',
      'Commitment title [sr-Cyrl]',
      'Milestone title [mk]',
      'Milestone title [en]',
      'Milestone title [sr-Cyrl]',
    ]);
    expect(table[1]!.slice(-6)).to.deep.equal([...Object.values(title.values), ...Object.values(title.values)]);
  });

  it('exports JSON with the plan, the view that selected the rows and their derived status', () => {
    const plan = syntheticPlan(3, 2);
    const rows = buildRows(plan.commitments, new Map()).slice(1);
    const doc = JSON.parse(toJson(plan, rows, { ...DEFAULT_STATE, q: 'x' }, '2026-11-23T10:00:00Z')) as {
      view: Record<string, string>;
      plan: { id: string; commitments?: unknown };
      commitments: { number: string; milestones: unknown[]; derived: { status: string } }[];
    };
    expect(doc.plan.id).to.equal(plan.id);
    expect(doc.plan.commitments).to.equal(undefined);
    expect(doc.view).to.deep.equal({ q: 'x', sort: 'number', view: 'list' });
    expect(doc.commitments.map((c) => c.number)).to.deep.equal(['2', '3']);
    expect(doc.commitments[0]!.milestones).to.have.length(2);
    expect(doc.commitments[0]!.derived.status).to.equal(rows[0]!.status);
  });

  it('names the file after the plan and the filters', () => {
    expect(exportFileName('xk-2026-2028', DEFAULT_STATE, 'csv')).to.equal('xk-2026-2028.csv');
    expect(
      exportFileName('xk-2026-2028', { ...DEFAULT_STATE, status: 'delayed', institution: 'xk-aip' }, 'json'),
    ).to.equal('xk-2026-2028-delayed-xk-aip.json');
  });
});
