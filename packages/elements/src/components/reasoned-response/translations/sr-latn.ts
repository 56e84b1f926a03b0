import type { ReasonedResponseTranslation } from './response-translation.js';

const srLatn: ReasonedResponseTranslation = {
  title: 'Šta smo čuli i šta smo uradili',
  statusName: {
    adopted: 'Usvojeno',
    partly_adopted: 'Delimično usvojeno',
    not_adopted: 'Nije usvojeno',
    under_consideration: 'U razmatranju',
  },
  countsLabel: 'Odgovori',
  total: (n) => {
    const form = new Intl.PluralRules('sr-Latn').select(n);
    return form === 'one' ? `${n} doprinos` : `${n} doprinosa`;
  },
  filter: 'Prikaži',
  allResponses: 'Svi odgovori',
  from: 'Od',
  participantsOf: (where) => `Učesnici: ${where}`,
  participants: 'Učesnici',
  aParticipant: 'Jedan učesnik',
  proposedAt: 'Gde je predloženo',
  response: 'Odgovor',
  reason: 'Obrazloženje',
  takenInto: 'Uvršteno u',
  commitment: (n) => `Obaveza ${n}`,
  milestone: (n) => `ključni korak ${n}`,
  answeredBy: (who, date) => `Odgovorio: ${who}, ${date}`,
  download: 'Preuzmi',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  csvColumns: [
    'Br.',
    'Doprinos',
    'Od',
    'Gde je predloženo',
    'Odgovor',
    'Obrazloženje',
    'Uvršteno u',
    'Odgovorio',
    'Datum odgovora',
  ],
  empty: 'Još nije zabeležen nijedan doprinos.',
  noneWithResponse: 'Nijedan doprinos nema ovaj odgovor.',
  shown: (shown, total) => `Prikazano ${shown} od ${total}`,
};

export default srLatn;
