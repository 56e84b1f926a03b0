import type { ReasonedResponseTranslation } from './response-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const srLatn: ReasonedResponseTranslation = {
  ...bosnianSerbian,
  statusName: {
    ...bosnianSerbian.statusName,
    partly_adopted: 'Delimično usvojeno',
  },
  total: (n, written) => {
    const form = new Intl.PluralRules('sr-Latn').select(n);
    return form === 'one' ? `${written} doprinos` : `${written} doprinosa`;
  },
  proposedAt: 'Gde je predloženo',
  answeredBy: (who, date) => `Odgovorio: ${who}, ${date}`,
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
};

export default srLatn;
