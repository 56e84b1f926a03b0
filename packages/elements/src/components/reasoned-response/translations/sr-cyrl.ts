// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ReasonedResponseTranslation } from './response-translation.js';

const srCyrl: ReasonedResponseTranslation = {
  title: 'Шта смо чули и шта смо урадили',
  statusName: {
    adopted: 'Усвојено',
    partly_adopted: 'Делимично усвојено',
    not_adopted: 'Није усвојено',
    under_consideration: 'У разматрању',
  },
  countsLabel: 'Одговори',
  total: (n, written) => {
    const form = new Intl.PluralRules('sr-Latn').select(n);
    return form === 'one' ? `${written} допринос` : `${written} доприноса`;
  },
  filter: 'Прикажи',
  allResponses: 'Сви одговори',
  from: 'Од',
  participantsOf: (where) => `Учесници: ${where}`,
  participants: 'Учесници',
  aParticipant: 'Један учесник',
  proposedAt: 'Где је предложено',
  response: 'Одговор',
  reason: 'Образложење',
  takenInto: 'Уврштено у',
  commitment: (n) => `Обавеза ${n}`,
  milestone: (n) => `кључни корак ${n}`,
  answeredBy: (who, date) => `Одговорио: ${who}, ${date}`,
  download: 'Преузми',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  csvColumns: [
    'Бр.',
    'Допринос',
    'Од',
    'Где је предложено',
    'Одговор',
    'Образложење',
    'Уврштено у',
    'Одговорио',
    'Датум одговора',
  ],
  empty: 'Још није забележен ниједан допринос.',
  noneWithResponse: 'Ниједан допринос нема овај одговор.',
  shown: (shown, total) => `Приказано ${shown} од ${total}`,
};

export default srCyrl;
