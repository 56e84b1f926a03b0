import type { Translation } from './translation.js';

const plural = new Intl.PluralRules('en');

const en: Translation = {
  lang: 'en',
  decimalSeparator: '.',
  durationUnit: (unit, count) => `${count} ${unit}${plural.select(count) === 'one' ? '' : 's'}`,
  languageNames: { 'sr-Latn': 'Serbian' },
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'This information could not be shown',
  errorNotFound: 'Not found. It may have been withdrawn or its address may have changed.',
  errorNetwork: 'The connection failed. Check that you are online and try again.',
  errorTimeout: 'The server took too long to answer. Please try again.',
  errorInvalidData: 'The data is unavailable right now because it is not in the expected form.',
  errorServer: 'The server had a problem. Please try again later.',
  errorUnknown: 'Something went wrong while loading this information.',
  errorNoSource: 'No data source is configured for this block.',
  errorReference: 'Reference for support:',
  shownInOriginal: (languageName) => `Shown in the original language (${languageName}).`,
  machineTranslation: 'Machine translation',
  transliteration: 'Automatic transliteration',
};

export default en;
