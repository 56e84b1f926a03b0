// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { DurationUnit, Translation } from './translation.js';

const UNITS: Record<DurationUnit, [string, string, string]> = {
  year: ['година', 'године', 'година'],
  month: ['месец', 'месеца', 'месеци'],
  week: ['недеља', 'недеље', 'недеља'],
  day: ['дан', 'дана', 'дана'],
  hour: ['сат', 'сата', 'сати'],
  minute: ['минут', 'минута', 'минута'],
};

const plural = new Intl.PluralRules('sr-Latn');

const srCyrl: Translation = {
  lang: 'sr-Cyrl',
  decimalSeparator: ',',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  languageNames: { 'sr-Latn': 'српски' },
  loading: 'Учитавање…',
  retry: 'Покушајте поново',
  errorTitle: 'Ове информације није могуће приказати',
  errorNotFound: 'Није пронађено. Можда је повучено или је адреса промењена.',
  errorNetwork: 'Веза није успела. Проверите да ли сте повезани на интернет и покушајте поново.',
  errorTimeout: 'Сервер је предуго одговарао. Молимо покушајте поново.',
  errorInvalidData: 'Подаци тренутно нису доступни јер нису у очекиваном облику.',
  errorServer: 'Дошло је до проблема на серверу. Молимо покушајте касније.',
  errorUnknown: 'Дошло је до грешке при учитавању ових информација.',
  errorNoSource: 'За овај блок није подешен извор података.',
  errorReference: 'Референца за подршку:',
  shownInOriginal: (languageName) => `Приказано на изворном језику (${languageName}).`,
  machineTranslation: 'Машински превод',
  transliteration: 'Аутоматско пресловљавање',
};

export default srCyrl;
