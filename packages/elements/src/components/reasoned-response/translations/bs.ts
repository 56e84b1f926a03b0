import type { ReasonedResponseTranslation } from './response-translation.js';

const plural = new Intl.PluralRules('bs');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker); loaded with `registerTranslation`. */
const bs: ReasonedResponseTranslation = {
  title: 'Šta smo čuli i šta smo uradili',
  statusName: {
    adopted: 'Usvojeno',
    partly_adopted: 'Djelimično usvojeno',
    not_adopted: 'Nije usvojeno',
    under_consideration: 'U razmatranju',
  },
  countsLabel: 'Odgovori',
  total: (n) => `${n} ${plural.select(n) === 'one' ? 'doprinos' : 'doprinosa'}`,
  filter: 'Prikaži',
  allResponses: 'Svi odgovori',
  from: 'Od',
  participantsOf: (where) => `Učesnici: ${where}`,
  participants: 'Učesnici',
  aParticipant: 'Jedan učesnik',
  proposedAt: 'Gdje je predloženo',
  response: 'Odgovor',
  reason: 'Obrazloženje',
  takenInto: 'Uvršteno u',
  commitment: (n) => `Obaveza ${n}`,
  milestone: (n) => `ključni korak ${n}`,
  answeredBy: (who, date) => `Odgovorio/la: ${who}, ${date}`,
  download: 'Preuzmi',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  csvColumns: [
    'Br.',
    'Doprinos',
    'Od',
    'Gdje je predloženo',
    'Odgovor',
    'Obrazloženje',
    'Uvršteno u',
    'Odgovorio/la',
    'Datum odgovora',
  ],
  empty: 'Još nije zabilježen nijedan doprinos.',
  noneWithResponse: 'Nijedan doprinos nema ovaj odgovor.',
  shown: (shown, total) => `Prikazano ${shown} od ${total}`,
};

export default bs;
