import type { ReasonedResponseTranslation } from './response-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  title: 'Šta smo čuli i šta smo uradili',
  statusName: {
    adopted: 'Usvojeno',
    not_adopted: 'Nije usvojeno',
    under_consideration: 'U razmatranju',
  },
  countsLabel: 'Odgovori',
  filter: 'Prikaži',
  allResponses: 'Svi odgovori',
  from: 'Od',
  participantsOf: (where) => `Učesnici: ${where}`,
  participants: 'Učesnici',
  aParticipant: 'Jedan učesnik',
  response: 'Odgovor',
  reason: 'Obrazloženje',
  takenInto: 'Uvršteno u',
  commitment: (n) => `Obaveza ${n}`,
  milestone: (n) => `ključni korak ${n}`,
  download: 'Preuzmi',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  noneWithResponse: 'Nijedan doprinos nema ovaj odgovor.',
  shown: (shown, total) => `Prikazano ${shown} od ${total}`,
} satisfies {
  readonly [K in keyof ReasonedResponseTranslation]?: ReasonedResponseTranslation[K] extends
    string | ((...args: never[]) => unknown)
    ? ReasonedResponseTranslation[K]
    : Partial<ReasonedResponseTranslation[K]>;
};

export default bosnianSerbian;
