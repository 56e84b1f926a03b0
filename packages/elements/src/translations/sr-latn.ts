import type { DurationUnit, Translation } from './translation.js';
import bosnianSerbian from './bosnian-serbian.js';

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
  ...bosnianSerbian,
  lang: 'sr-Latn',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  errorNotFound: 'Nije pronađeno. Možda je povučeno ili je adresa promenjena.',
  errorNetwork: 'Veza nije uspela. Proverite da li ste povezani na internet i pokušajte ponovo.',
  errorServer: 'Došlo je do problema na serveru. Molimo pokušajte kasnije.',
  machineTranslation: 'Mašinski prevod',
  transliteration: 'Automatsko preslovljavanje',
};

export default srLatn;
