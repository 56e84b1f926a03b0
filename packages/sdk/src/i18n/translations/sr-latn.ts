import type { ValidationMessages } from '../messages.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Validation and field messages in Serbian (sr-latn.ts in Latin script; sr-cyrl.ts generated from it). `{min}`, `{max}`, `{keys}` are filled in. */
const srLatn: ValidationMessages = {
  messages: {
    ...bosnianSerbian.messages,
    whole_number: 'Unesite ceo broj.',
    email: 'Unesite adresu e-pošte, npr. ime@primer.com.',
    url: 'Unesite veb-adresu koja počinje sa https://.',
    datetime: 'Unesite datum i vreme sa vremenskom zonom.',
    text_characters:
      'Tekst sadrži nevidljive znakove koji ne mogu da se sačuvaju. Obrišite ih ili ponovo napišite tekst.',
    format: 'Ova vrednost nije u ispravnom obliku.',
    nothing_changed: 'Promenite bar status, stepen završenosti ili procenat napretka.',
    invalid: 'Ova vrednost nije ispravna.',
  },
  fields: {
    ...bosnianSerbian.fields,
    'message.max_chars': 'Poruka je predugačka: napišite najviše {max} znakova.',
    'location.max_chars': 'Opišite mesto sa najviše {max} znakova.',
  },
};

export default srLatn;
