import type { DurationUnit, Translation } from './translation.js';

const UNITS: Record<DurationUnit, [string, string, string]> = {
  year: ['godina', 'godine', 'godina'],
  month: ['mjesec', 'mjeseca', 'mjeseci'],
  week: ['sedmica', 'sedmice', 'sedmica'],
  day: ['dan', 'dana', 'dana'],
  hour: ['sat', 'sata', 'sati'],
  minute: ['minuta', 'minute', 'minuta'],
};

const plural = new Intl.PluralRules('bs');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker, docs/languages.md). */
const bs: Translation = {
  lang: 'bs',
  decimalSeparator: ',',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  languageNames: { 'sr-Latn': 'srpski' },
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  errorTitle: 'Ove informacije nije moguće prikazati',
  errorNotFound: 'Nije pronađeno. Možda je povučeno ili je adresa promijenjena.',
  errorNetwork: 'Veza nije uspjela. Provjerite jeste li povezani na internet i pokušajte ponovo.',
  errorTimeout: 'Server je predugo odgovarao. Molimo pokušajte ponovo.',
  errorInvalidData: 'Podaci trenutno nisu dostupni jer nisu u očekivanom obliku.',
  errorServer: 'Server je imao problem. Molimo pokušajte kasnije.',
  errorUnknown: 'Došlo je do greške pri učitavanju ovih informacija.',
  errorNoSource: 'Za ovaj blok nije podešen izvor podataka.',
  errorReference: 'Referenca za podršku:',
  shownInOriginal: (languageName) => `Prikazano na izvornom jeziku (${languageName}).`,
  machineTranslation: 'Mašinski prijevod',
  transliteration: 'Automatska transliteracija',
};

export default bs;
