import type { Translation } from './translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  decimalSeparator: ',',
  languageNames: { 'sr-Latn': 'srpski' },
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  errorTitle: 'Ove informacije nije moguće prikazati',
  errorTimeout: 'Server je predugo odgovarao. Molimo pokušajte ponovo.',
  errorInvalidData: 'Podaci trenutno nisu dostupni jer nisu u očekivanom obliku.',
  errorUnknown: 'Došlo je do greške pri učitavanju ovih informacija.',
  errorNoSource: 'Za ovaj blok nije podešen izvor podataka.',
  errorReference: 'Referenca za podršku:',
  shownInOriginal: (languageName) => `Prikazano na izvornom jeziku (${languageName}).`,
} satisfies Partial<Translation>;

export default bosnianSerbian;
