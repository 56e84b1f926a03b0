import type { UiLanguage } from '../schemas/common.js';

/**
 * Messages for one field and one problem, where the generic one would be vague. Key: the field
 * path without array indexes, then the message key (`message.max_chars`).
 */
export const FIELD_MESSAGES: Record<string, Record<UiLanguage, string>> = {
  'type.required': {
    sq: 'Zgjidhni llojin e mesazhit.',
    'sr-Latn': 'Izaberite vrstu poruke.',
    en: 'Choose what kind of message this is.',
  },
  'type.choose': {
    sq: 'Zgjidhni llojin e mesazhit.',
    'sr-Latn': 'Izaberite vrstu poruke.',
    en: 'Choose what kind of message this is.',
  },
  'language.required': {
    sq: 'Zgjidhni gjuhën në të cilën shkruat.',
    'sr-Latn': 'Izaberite jezik na kojem pišete.',
    en: 'Choose the language you wrote in.',
  },
  'message.required': { sq: 'Shkruani mesazhin tuaj.', 'sr-Latn': 'Napišite svoju poruku.', en: 'Write your message.' },
  'message.max_chars': {
    sq: 'Mesazhi është shumë i gjatë: shkruani jo më shumë se {max} karaktere.',
    'sr-Latn': 'Poruka je predugačka: napišite najviše {max} znakova.',
    en: 'Your message is too long: write no more than {max} characters.',
  },
  'location.max_chars': {
    sq: 'Përshkruani vendin me jo më shumë se {max} karaktere.',
    'sr-Latn': 'Opišite mesto sa najviše {max} znakova.',
    en: 'Describe the place in no more than {max} characters.',
  },
  'subject.topic.min_chars': {
    sq: 'Emërtoni temën me të paktën {min} karaktere.',
    'sr-Latn': 'Navedite temu sa najmanje {min} znaka.',
    en: 'Name the topic in at least {min} characters.',
  },
  'contact.name.max_chars': {
    sq: 'Emri mund të ketë deri në {max} karaktere.',
    'sr-Latn': 'Ime može imati najviše {max} znakova.',
    en: 'The name can have at most {max} characters.',
  },
  'narrative.required': {
    sq: 'Përshkruani çfarë është bërë.',
    'sr-Latn': 'Opišite šta je urađeno.',
    en: 'Describe what was done.',
  },
  'progressPercent.max_number': {
    sq: 'Progresi është nga 0 deri në 100 %.',
    'sr-Latn': 'Napredak je od 0 do 100 %.',
    en: 'Progress is from 0 to 100 %.',
  },
  'progressPercent.min_number': {
    sq: 'Progresi është nga 0 deri në 100 %.',
    'sr-Latn': 'Napredak je od 0 do 100 %.',
    en: 'Progress is from 0 to 100 %.',
  },
};
