import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalizedText } from '../schemas/common.js';
import type { Commitment } from '../schemas/commitment.js';
import { ImportFileSchema } from '../schemas/import-file.js';
import { readData, seedText } from './files.test-helpers.js';

// Seed 003 asks the same four questions of every commitment: what has been done so far, and the
// three "Analiza e Zotimit" answers. Each section runs from its question to the next heading.
const SECTIONS = [
  { field: 'priorEfforts', from: /Çfarë është bërë deri më tani/, to: /Çfarë zgjidhje/ },
  { field: 'transparency', from: /Si do ta promovojë transparencën/, to: /Si do të ndihmojë zotimi/ },
  { field: 'accountability', from: /Si do të ndihmojë zotimi/, to: /Si do ta përmirësojë zotimi/ },
  { field: 'participation', from: /Si do ta përmirësojë zotimi/, to: /Planifikimi i Zotimeve/ },
] as const;
type Field = (typeof SECTIONS)[number]['field'];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const paragraphs = (text: string) => text.split('\n\n').map(norm);

function sectionText(c: Commitment, field: Field): LocalizedText | undefined {
  return field === 'priorEfforts' ? c.priorEfforts : c.valueAnalysis?.[field];
}

/** The paragraphs of each section, per commitment, read from the seed (one block per "Përshkrim i shkurtër"). */
function seedSections(seed: string): Record<Field, string[]>[] {
  const lines = seed.split('\n').map((l) => norm(l.replace(/\[bookmark: [^\]]*\]/g, '')));
  const starts = lines.flatMap((l, i) => (/^Përshkrim i shkurtër i/.test(l) ? [i] : []));
  return starts.map((start, k) => {
    const block = lines.slice(start, starts[k + 1] ?? lines.length);
    const entries = SECTIONS.map(({ field, from, to }) => {
      const s = block.findIndex((l) => from.test(l));
      const e = block.findIndex((l, i) => i > s && to.test(l));
      assert.ok(s >= 0 && e > s, `section ${field} of commitment block ${k + 1}`);
      return [field, block.slice(s + 1, e).filter((l) => l !== '')] as const;
    });
    return Object.fromEntries(entries) as Record<Field, string[]>;
  });
}

describe('Kosovo plan 2026–2028: prior efforts and "Analiza e Zotimit" (data/xk-2026-2028.json)', () => {
  const commitments = ImportFileSchema.parse(readData('xk-2026-2028.json')).plans?.[0]?.commitments ?? [];
  it('gives every commitment its prior efforts and all three analysis answers in sq, en and sr-Latn', () => {
    assert.equal(commitments.length, 5);
    for (const c of commitments)
      for (const { field } of SECTIONS) {
        const text = sectionText(c, field);
        assert.ok(text, `commitment ${c.number}: ${field} missing`);
        assert.equal(text.source, 'sq');
        const sq = paragraphs(text.values['sq'] ?? '');
        for (const lang of ['en', 'sr-Latn'] as const) {
          assert.deepEqual(text.origin?.[lang], { kind: 'machine', from: 'sq' }, `${c.number} ${field} ${lang}`);
          const translated = paragraphs(text.values[lang] ?? '');
          assert.equal(translated.length, sq.length, `commitment ${c.number} ${field}: ${lang} paragraph count`);
          assert.ok(translated.every((p) => p.length > 0));
        }
        assert.doesNotMatch(text.values['sr-Latn'] ?? '', /[\u0400-\u04FF]/, 'Serbian is Latin script');
      }
  });
  it(
    'holds the seed text of each section verbatim, paragraph by paragraph, nothing left out',
    { skip: !seedText('003_') && 'seed 003 not found (set HAPUR_SEEDS_DIR)' },
    () => {
      const seed = seedSections(seedText('003_') ?? '');
      assert.equal(seed.length, commitments.length, 'one seed block per commitment');
      commitments.forEach((c, i) => {
        for (const { field } of SECTIONS)
          assert.deepEqual(
            paragraphs(sectionText(c, field)?.values['sq'] ?? ''),
            seed[i]?.[field],
            `commitment ${c.number}: ${field}`,
          );
      });
    },
  );
});
