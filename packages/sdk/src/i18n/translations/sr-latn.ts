import type { ValidationMessages } from '../messages.js';

/** Validation and field messages in Serbian (sr-latn.ts in Latin script; sr-cyrl.ts generated from it). `{min}`, `{max}`, `{keys}` are filled in. */
const srLatn: ValidationMessages = {
  messages: {
    required: 'Popunite ovo polje.',
    choose: 'Izaberite jednu od ponuđenih opcija.',
    min_chars: 'Napišite najmanje {min} znakova.',
    max_chars: 'Napišite najviše {max} znakova.',
    min_items: 'Dodajte najmanje {min}.',
    max_items: 'Najviše {max}.',
    min_number: 'Unesite broj {min} ili veći.',
    max_number: 'Unesite broj do {max}.',
    whole_number: 'Unesite ceo broj.',
    email: 'Unesite adresu e-pošte, npr. ime@primer.com.',
    phone: 'Unesite broj telefona ciframa, npr. +383 44 123 456.',
    url: 'Unesite veb-adresu koja počinje sa https://.',
    date: 'Unesite ispravan datum (GGGG-MM-DD).',
    datetime: 'Unesite datum i vreme sa vremenskom zonom.',
    duration: 'Unesite trajanje po ISO 8601, npr. P15D.',
    period: 'Unesite kvartal kao 2026-Q1.',
    lang_tag: 'Izaberite jezik.',
    bare_sr: 'Za srpski izaberite pismo: latinica (sr-Latn) ili ćirilica (sr-Cyrl).',
    number_format: 'Unesite broj kao 1 ili 2.3.',
    text_characters:
      'Tekst sadrži nevidljive znakove koji ne mogu da se sačuvaju. Obrišite ih ili ponovo napišite tekst.',
    format: 'Ova vrednost nije u ispravnom obliku.',
    consent_required: 'Da bismo vas kontaktirali, dajte saglasnost — ili ostavite kontakt podatke prazne.',
    subject_one_of: 'Izaberite na šta se poruka odnosi: uslugu, obavezu ili temu.',
    nothing_changed: 'Promenite bar status, stepen završenosti ili procenat napretka.',
    unknown_field: 'Nepoznato polje: {keys}.',
    invalid: 'Ova vrednost nije ispravna.',
  },
  fields: {
    'type.required': 'Izaberite vrstu poruke.',
    'type.choose': 'Izaberite vrstu poruke.',
    'language.required': 'Izaberite jezik na kojem pišete.',
    'message.required': 'Napišite svoju poruku.',
    'message.max_chars': 'Poruka je predugačka: napišite najviše {max} znakova.',
    'message.min_chars': 'Poruka je prekratka: napišite najmanje {min} znakova.',
    'location.max_chars': 'Opišite mesto sa najviše {max} znakova.',
    'subject.topic.min_chars': 'Navedite temu sa najmanje {min} znaka.',
    'subject.topic.required': 'Navedite na šta se poruka odnosi.',
    'contact.name.max_chars': 'Ime može imati najviše {max} znakova.',
    'narrative.required': 'Opišite šta je urađeno.',
    'progressPercent.max_number': 'Napredak je od 0 do 100 %.',
    'progressPercent.min_number': 'Napredak je od 0 do 100 %.',
  },
};

export default srLatn;
