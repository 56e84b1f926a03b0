import type { ValidationMessages } from '../messages.js';

/** Validation and field messages in English. `{min}`, `{max}`, `{keys}` are filled in. */
const en: ValidationMessages = {
  messages: {
    required: 'Fill in this field.',
    choose: 'Choose one of the options.',
    min_chars: 'Write at least {min} characters.',
    max_chars: 'Write no more than {max} characters.',
    min_items: 'Add at least {min}.',
    max_items: 'No more than {max}.',
    min_number: 'Enter a number of {min} or more.',
    max_number: 'Enter a number up to {max}.',
    whole_number: 'Enter a whole number.',
    email: 'Enter an email address like name@example.com.',
    phone: 'Enter a phone number in digits, e.g. +383 44 123 456.',
    url: 'Enter a web address starting with https://.',
    date: 'Enter a real date (YYYY-MM-DD).',
    datetime: 'Enter a date and time with a time zone.',
    duration: 'Enter an ISO 8601 duration, e.g. P15D.',
    period: 'Enter a quarter of a year from 2000 to 2099, as 2026-Q1.',
    lang_tag: 'Choose a language.',
    bare_sr: 'For Serbian, choose the script: Latin (sr-Latn) or Cyrillic (sr-Cyrl).',
    number_format: 'Enter the number as 1 or 2.3.',
    text_characters:
      'The text contains invisible characters that cannot be stored. Delete them or type the text again.',
    format: 'This value is not in the right format.',
    consent_required: 'To be contacted, give your consent — or leave the contact details empty.',
    subject_one_of: 'Choose what your message is about: a service, a commitment or a topic.',
    nothing_changed: 'Change at least the status, the completion level or the progress percentage.',
    unknown_field: 'Unknown field: {keys}.',
    invalid: 'This value is not valid.',
  },
  fields: {
    'type.required': 'Choose what kind of message this is.',
    'type.choose': 'Choose what kind of message this is.',
    'language.required': 'Choose the language you wrote in.',
    'message.required': 'Write your message.',
    'message.max_chars': 'Your message is too long: write no more than {max} characters.',
    'message.min_chars': 'Your message is too short: write at least {min} characters.',
    'location.max_chars': 'Describe the place in no more than {max} characters.',
    'subject.topic.min_chars': 'Name the topic in at least {min} characters.',
    'subject.topic.required': 'Say what your message is about.',
    'contact.name.max_chars': 'The name can have at most {max} characters.',
    'narrative.required': 'Describe what was done.',
    'progressPercent.max_number': 'Progress is from 0 to 100 %.',
    'progressPercent.min_number': 'Progress is from 0 to 100 %.',
  },
};

export default en;
