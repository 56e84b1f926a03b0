import type { ReasonedResponseTranslation } from './response-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker); loaded with `registerTranslation`. */
const bs: ReasonedResponseTranslation = {
  ...bosnianSerbian,
  statusName: {
    ...bosnianSerbian.statusName,
    partly_adopted: 'Djelimično usvojeno',
  },
  total: (n, written) => `${written} ${plural.select(n) === 'one' ? 'doprinos' : 'doprinosa'}`,
  proposedAt: 'Gdje je predloženo',
  answeredBy: (who, date) => `Odgovorio/la: ${who}, ${date}`,
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
};

export default bs;
