/**
 * Every "Data e pritur e përfundimit" cell of seed 003 (Kosovo OGP action plan 2026–2028), in
 * milestone order, exactly as written (line breaks inside a cell kept), read from the seed's
 * milestone tables: commitment 1 has 5 milestones, 2 has 5, 3 has 3, 4 has 2, 5 has 4.
 * Tests check each still occurs in the seed when it is available (HAPUR_SEEDS_DIR).
 */
export const SEED_003_DUE_DATES: readonly { milestone: string; text: string }[] = [
  { milestone: '1.1', text: 'Q 1 - 2027' },
  { milestone: '1.2', text: 'Q' },
  { milestone: '1.3', text: 'Nga fundi i vitit 2027' },
  { milestone: '1.4', text: 'Q2 – 2028' },
  { milestone: '1.5', text: 'Q4 2028' },
  { milestone: '2.1', text: 'Q 1 2026' },
  { milestone: '2.2', text: 'Tremujor, gjatë periudhës 2026–2028' },
  { milestone: '2.3', text: 'Cikël tremujor i raportimit gjatë periudhës\n2026–2028' },
  { milestone: '2.4', text: 'Cikël tremujor i raportimit gjatë periudhës\n2026–2028' },
  {
    milestone: '2.5',
    text: 'Dy punëtori të realizuara gjatë 2026–2028\n(p.sh., punëtoria fillestare në fillim të vitit 2026 dhe punëtoria pasuese gjatë zbatimit)',
  },
  { milestone: '3.1', text: 'Q2 2026' },
  { milestone: '3.2', text: '2027' },
  { milestone: '3.3', text: '2027' },
  { milestone: '4.1', text: 'Q4 2026' },
  { milestone: '4.2', text: 'Q3 2026 (Korrik 2026)' },
  { milestone: '5.1', text: 'Q2 2026' },
  { milestone: '5.2', text: 'Vazhdon (2026–2028)' },
  { milestone: '5.3', text: 'Q1 2027' },
  { milestone: '5.4', text: 'Q4 2028' },
];
