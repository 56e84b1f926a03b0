import type { ValidationMessages } from '../messages.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Validation and field messages in Bosnian, Latin script, ijekavian (awaiting review by native speakers, docs/languages.md). `{min}`, `{max}`, `{keys}` are filled in. */
const bs: ValidationMessages = {
  messages: {
    ...bosnianSerbian.messages,
    whole_number: 'Unesite cijeli broj.',
    email: 'Unesite adresu e-pošte, npr. ime@primjer.com.',
    url: 'Unesite web-adresu koja počinje sa https://.',
    datetime: 'Unesite datum i vrijeme s vremenskom zonom.',
    text_characters: 'Tekst sadrži nevidljive znakove koji se ne mogu sačuvati. Obrišite ih ili ponovo napišite tekst.',
    format: 'Ova vrijednost nije u ispravnom obliku.',
    nothing_changed: 'Promijenite barem status, stepen završenosti ili procenat napretka.',
    invalid: 'Ova vrijednost nije ispravna.',
  },
  fields: {
    ...bosnianSerbian.fields,
    'message.max_chars': 'Poruka je preduga: napišite najviše {max} znakova.',
    'location.max_chars': 'Opišite mjesto sa najviše {max} znakova.',
  },
};

export default bs;
