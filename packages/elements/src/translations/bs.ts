import type { DurationUnit, Translation } from './translation.js';
import bosnianSerbian from './bosnian-serbian.js';

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
  ...bosnianSerbian,
  lang: 'bs',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  errorNotFound: 'Nije pronađeno. Možda je povučeno ili je adresa promijenjena.',
  errorNetwork: 'Veza nije uspjela. Provjerite jeste li povezani na internet i pokušajte ponovo.',
  errorServer: 'Server je imao problem. Molimo pokušajte kasnije.',
  machineTranslation: 'Mašinski prijevod',
  transliteration: 'Automatska transliteracija',
};

export default bs;
