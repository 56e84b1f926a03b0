import type { ValidationMessages } from '../messages.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  messages: {
    required: 'Popunite ovo polje.',
    choose: 'Izaberite jednu od ponuđenih opcija.',
    min_chars: 'Napišite najmanje {min} znakova.',
    max_chars: 'Napišite najviše {max} znakova.',
    min_items: 'Dodajte najmanje {min}.',
    max_items: 'Najviše {max}.',
    min_number: 'Unesite broj {min} ili veći.',
    max_number: 'Unesite broj do {max}.',
    phone: 'Unesite broj telefona ciframa, npr. +383 44 123 456.',
    date: 'Unesite ispravan datum (GGGG-MM-DD).',
    duration: 'Unesite trajanje po ISO 8601, npr. P15D.',
    period: 'Unesite kvartal godine od 2000 do 2099, kao 2026-Q1.',
    lang_tag: 'Izaberite jezik.',
    bare_sr: 'Za srpski izaberite pismo: latinica (sr-Latn) ili ćirilica (sr-Cyrl).',
    number_format: 'Unesite broj kao 1 ili 2.3.',
    consent_required: 'Da bismo vas kontaktirali, dajte saglasnost — ili ostavite kontakt podatke prazne.',
    subject_one_of: 'Izaberite na šta se poruka odnosi: uslugu, obavezu ili temu.',
    unknown_field: 'Nepoznato polje: {keys}.',
  },
  fields: {
    'type.required': 'Izaberite vrstu poruke.',
    'type.choose': 'Izaberite vrstu poruke.',
    'language.required': 'Izaberite jezik na kojem pišete.',
    'message.required': 'Napišite svoju poruku.',
    'message.min_chars': 'Poruka je prekratka: napišite najmanje {min} znakova.',
    'subject.topic.min_chars': 'Navedite temu sa najmanje {min} znaka.',
    'subject.topic.required': 'Navedite na šta se poruka odnosi.',
    'contact.name.max_chars': 'Ime može imati najviše {max} znakova.',
    'narrative.required': 'Opišite šta je urađeno.',
    'progressPercent.max_number': 'Napredak je od 0 do 100 %.',
    'progressPercent.min_number': 'Napredak je od 0 do 100 %.',
  },
} satisfies {
  readonly [K in keyof ValidationMessages]?: ValidationMessages[K] extends string | ((...args: never[]) => unknown)
    ? ValidationMessages[K]
    : Partial<ValidationMessages[K]>;
};

export default bosnianSerbian;
