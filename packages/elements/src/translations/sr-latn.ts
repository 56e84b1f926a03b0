import type { DurationUnit, Translation } from './translation.js';

const UNITS: Record<DurationUnit, [string, string, string]> = {
  year: ['godina', 'godine', 'godina'],
  month: ['mesec', 'meseca', 'meseci'],
  week: ['nedelja', 'nedelje', 'nedelja'],
  day: ['dan', 'dana', 'dana'],
  hour: ['sat', 'sata', 'sati'],
  minute: ['minut', 'minuta', 'minuta'],
};

const plural = new Intl.PluralRules('sr-Latn');

const srLatn: Translation = {
  lang: 'sr-Latn',
  decimalSeparator: ',',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  languageNames: { 'sr-Latn': 'srpski' },
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  errorTitle: 'Ove informacije nije moguće prikazati',
  errorNotFound: 'Nije pronađeno. Možda je povučeno ili je adresa promenjena.',
  errorNetwork: 'Veza nije uspela. Proverite da li ste povezani na internet i pokušajte ponovo.',
  errorTimeout: 'Server je predugo odgovarao. Molimo pokušajte ponovo.',
  errorInvalidData: 'Podaci trenutno nisu dostupni jer nisu u očekivanom obliku.',
  errorServer: 'Došlo je do problema na serveru. Molimo pokušajte kasnije.',
  errorUnknown: 'Došlo je do greške pri učitavanju ovih informacija.',
  errorNoSource: 'Za ovaj blok nije podešen izvor podataka.',
  errorReference: 'Referenca za podršku:',
  shownInOriginal: (languageName) => `Prikazano na izvornom jeziku (${languageName}).`,
  machineTranslation: 'Mašinski prevod',
  transliteration: 'Automatsko preslovljavanje',
};

export default srLatn;
