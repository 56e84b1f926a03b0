import type { DurationUnit, Translation } from './translation.js';

const UNITS: Record<DurationUnit, [string, string]> = {
  year: ['vit', 'vjet'],
  month: ['muaj', 'muaj'],
  week: ['javë', 'javë'],
  day: ['ditë', 'ditë'],
  hour: ['orë', 'orë'],
  minute: ['minutë', 'minuta'],
};

const plural = new Intl.PluralRules('sq');

const sq: Translation = {
  lang: 'sq',
  decimalSeparator: ',',
  durationUnit: (unit, count) => `${count} ${UNITS[unit][plural.select(count) === 'one' ? 0 : 1]}`,
  languageNames: {
    sq: 'shqip',
    'sr-Latn': 'serbisht',
    'sr-Cyrl': 'serbisht',
    en: 'anglisht',
    mk: 'maqedonisht',
    tr: 'turqisht',
    bs: 'boshnjakisht',
    hr: 'kroatisht',
  },
  loading: 'Duke u ngarkuar…',
  retry: 'Provo përsëri',
  errorTitle: 'Ky informacion nuk mund të shfaqet',
  errorNotFound: 'Nuk u gjet. Mund të jetë tërhequr ose adresa mund të ketë ndryshuar.',
  errorNetwork: 'Lidhja dështoi. Kontrolloni që jeni në internet dhe provoni përsëri.',
  errorTimeout: 'Serveri vonoi shumë të përgjigjet. Ju lutemi provoni përsëri.',
  errorInvalidData: 'Të dhënat nuk janë në dispozicion tani, sepse nuk janë në formën e pritur.',
  errorServer: 'Serveri pati një problem. Ju lutemi provoni më vonë.',
  errorUnknown: 'Diçka shkoi keq gjatë ngarkimit të këtij informacioni.',
  errorNoSource: 'Për këtë bllok nuk është caktuar burim të dhënash.',
  errorReference: 'Referenca për mbështetjen:',
  shownInOriginal: (languageName) => `Shfaqet në gjuhën origjinale (${languageName}).`,
  machineTranslation: 'Përkthim automatik',
  transliteration: 'Transliterim automatik',
};

export default sq;
