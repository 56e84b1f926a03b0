import type { FeedbackTranslation } from './feedback-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  decisionName: {
    accepted: 'Prihvaćeno',
    rejected: 'Nije prihvaćeno',
    not_competent: 'Nije u nadležnosti ove institucije',
  },
  optional: '(neobavezno)',
  errorPrefix: 'Greška',
  statusTitle: 'Status vaše poruke',
  tokenInputLabel: 'Kod za praćenje',
  tokenInputHint: 'Kod koji ste dobili nakon slanja poruke.',
  check: 'Prikaži status',
  currentStatus: 'Trenutni status',
  deadline: 'Rok za odgovor',
  deadlineMet: 'Odgovoreno u roku.',
  deadlineMissed: 'Rok je istekao bez odgovora.',
  deadlineOpen: 'Rok još nije istekao.',
  responseTitle: 'Zvanični odgovor',
  decision: 'Odluka',
  appealTitle: 'Ako se ne slažete',
  noResponseYet: 'Još nema zvaničnog odgovora.',
  statsTitle: 'Učešće građana',
  statsEmpty: 'Još nije primljena nijedna poruka.',
  byKind: 'Po vrsti',
  byStatus: 'Po statusu',
  answeredShare: 'Odgovoreno u roku',
  answeredShareNone: 'Još nijedna poruka nije dobila odgovor.',
  medianResponseNone: 'Još nema dovoljno odgovora.',
  chartSummary: (parts) => `Poruke po vrsti: ${parts}.`,
  columnCount: 'Broj',
  columnKind: 'Vrsta',
  columnStatus: 'Status',
  subjectService: (id) => `Usluga: ${id}`,
  subjectCommitment: (number) => `Obaveza ${number}`,
  locationLabel: 'Lokacija',
  nameLabel: 'Ime',
  phoneLabel: 'Broj telefona',
  referenceLabel: 'Broj predmeta',
} satisfies {
  readonly [K in keyof FeedbackTranslation]?: FeedbackTranslation[K] extends string | ((...args: never[]) => unknown)
    ? FeedbackTranslation[K]
    : Partial<FeedbackTranslation[K]>;
};

export default bosnianSerbian;
