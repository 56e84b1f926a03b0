import type { UiLanguage } from '../schemas/common.js';

/** Every validation message, in every UI language. `{min}`, `{max}`, `{keys}` are filled in. */
export const VALIDATION_MESSAGES = {
  required: { sq: 'Plotësoni këtë fushë.', 'sr-Latn': 'Popunite ovo polje.', en: 'Fill in this field.' },
  choose: {
    sq: 'Zgjidhni një nga mundësitë.',
    'sr-Latn': 'Izaberite jednu od ponuđenih opcija.',
    en: 'Choose one of the options.',
  },
  min_chars: {
    sq: 'Shkruani të paktën {min} karaktere.',
    'sr-Latn': 'Napišite najmanje {min} znakova.',
    en: 'Write at least {min} characters.',
  },
  max_chars: {
    sq: 'Shkruani jo më shumë se {max} karaktere.',
    'sr-Latn': 'Napišite najviše {max} znakova.',
    en: 'Write no more than {max} characters.',
  },
  min_items: { sq: 'Shtoni të paktën {min}.', 'sr-Latn': 'Dodajte najmanje {min}.', en: 'Add at least {min}.' },
  max_items: { sq: 'Jo më shumë se {max}.', 'sr-Latn': 'Najviše {max}.', en: 'No more than {max}.' },
  min_number: {
    sq: 'Shkruani një numër prej {min} ose më shumë.',
    'sr-Latn': 'Unesite broj {min} ili veći.',
    en: 'Enter a number of {min} or more.',
  },
  max_number: {
    sq: 'Shkruani një numër deri në {max}.',
    'sr-Latn': 'Unesite broj do {max}.',
    en: 'Enter a number up to {max}.',
  },
  whole_number: { sq: 'Shkruani një numër të plotë.', 'sr-Latn': 'Unesite ceo broj.', en: 'Enter a whole number.' },
  email: {
    sq: 'Shkruani një adresë emaili si emri@shembull.com.',
    'sr-Latn': 'Unesite adresu e-pošte, npr. ime@primer.com.',
    en: 'Enter an email address like name@example.com.',
  },
  phone: {
    sq: 'Shkruani një numër telefoni me shifra, p.sh. +383 44 123 456.',
    'sr-Latn': 'Unesite broj telefona ciframa, npr. +383 44 123 456.',
    en: 'Enter a phone number in digits, e.g. +383 44 123 456.',
  },
  url: {
    sq: 'Shkruani një adresë uebi që fillon me https://.',
    'sr-Latn': 'Unesite veb-adresu koja počinje sa https://.',
    en: 'Enter a web address starting with https://.',
  },
  date: {
    sq: 'Shkruani një datë të vlefshme (VVVV-MM-DD).',
    'sr-Latn': 'Unesite ispravan datum (GGGG-MM-DD).',
    en: 'Enter a real date (YYYY-MM-DD).',
  },
  datetime: {
    sq: 'Shkruani datën dhe orën me zonë kohore.',
    'sr-Latn': 'Unesite datum i vreme sa vremenskom zonom.',
    en: 'Enter a date and time with a time zone.',
  },
  duration: {
    sq: 'Shkruani një kohëzgjatje ISO 8601, p.sh. P15D.',
    'sr-Latn': 'Unesite trajanje po ISO 8601, npr. P15D.',
    en: 'Enter an ISO 8601 duration, e.g. P15D.',
  },
  period: {
    sq: 'Shkruani tremujorin si 2026-Q1.',
    'sr-Latn': 'Unesite kvartal kao 2026-Q1.',
    en: 'Enter the quarter as 2026-Q1.',
  },
  lang_tag: { sq: 'Zgjidhni një gjuhë.', 'sr-Latn': 'Izaberite jezik.', en: 'Choose a language.' },
  bare_sr: {
    sq: 'Për serbishten zgjidhni shkrimin: latin (sr-Latn) ose cirilik (sr-Cyrl).',
    'sr-Latn': 'Za srpski izaberite pismo: latinica (sr-Latn) ili ćirilica (sr-Cyrl).',
    en: 'For Serbian, choose the script: Latin (sr-Latn) or Cyrillic (sr-Cyrl).',
  },
  number_format: {
    sq: 'Shkruani numrin si 1 ose 2.3.',
    'sr-Latn': 'Unesite broj kao 1 ili 2.3.',
    en: 'Enter the number as 1 or 2.3.',
  },
  text_characters: {
    sq: 'Teksti përmban shenja të padukshme që nuk mund të ruhen. Fshijini ose shkruani tekstin përsëri.',
    'sr-Latn': 'Tekst sadrži nevidljive znakove koji ne mogu da se sačuvaju. Obrišite ih ili ponovo napišite tekst.',
    en: 'The text contains invisible characters that cannot be stored. Delete them or type the text again.',
  },
  format: {
    sq: 'Kjo vlerë nuk ka formatin e duhur.',
    'sr-Latn': 'Ova vrednost nije u ispravnom obliku.',
    en: 'This value is not in the right format.',
  },
  consent_required: {
    sq: 'Që t’ju kontaktojmë, jepni pëlqimin — ose lini bosh të dhënat e kontaktit.',
    'sr-Latn': 'Da bismo vas kontaktirali, dajte saglasnost — ili ostavite kontakt podatke prazne.',
    en: 'To be contacted, give your consent — or leave the contact details empty.',
  },
  subject_one_of: {
    sq: 'Zgjidhni për çfarë është mesazhi: një shërbim, një zotim ose një temë.',
    'sr-Latn': 'Izaberite na šta se poruka odnosi: uslugu, obavezu ili temu.',
    en: 'Choose what your message is about: a service, a commitment or a topic.',
  },
  nothing_changed: {
    sq: 'Ndryshoni të paktën statusin, shkallën e përfundimit ose përqindjen e progresit.',
    'sr-Latn': 'Promenite bar status, stepen završenosti ili procenat napretka.',
    en: 'Change at least the status, the completion level or the progress percentage.',
  },
  unknown_field: {
    sq: 'Fushë e panjohur: {keys}.',
    'sr-Latn': 'Nepoznato polje: {keys}.',
    en: 'Unknown field: {keys}.',
  },
  invalid: {
    sq: 'Kjo vlerë nuk është e vlefshme.',
    'sr-Latn': 'Ova vrednost nije ispravna.',
    en: 'This value is not valid.',
  },
} as const satisfies Record<string, Record<UiLanguage, string>>;

export type MessageKey = keyof typeof VALIDATION_MESSAGES;
