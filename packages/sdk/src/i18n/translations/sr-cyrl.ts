// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ValidationMessages } from '../messages.js';

/** Validation and field messages in Serbian (sr-latn.ts in Latin script; sr-cyrl.ts generated from it). `{min}`, `{max}`, `{keys}` are filled in. */
const srCyrl: ValidationMessages = {
  messages: {
    required: 'Попуните ово поље.',
    choose: 'Изаберите једну од понуђених опција.',
    min_chars: 'Напишите најмање {min} знакова.',
    max_chars: 'Напишите највише {max} знакова.',
    min_items: 'Додајте најмање {min}.',
    max_items: 'Највише {max}.',
    min_number: 'Унесите број {min} или већи.',
    max_number: 'Унесите број до {max}.',
    whole_number: 'Унесите цео број.',
    email: 'Унесите адресу е-поште, нпр. ime@primer.com.',
    phone: 'Унесите број телефона цифрама, нпр. +383 44 123 456.',
    url: 'Унесите веб-адресу која почиње са https://.',
    date: 'Унесите исправан датум (ГГГГ-ММ-ДД).',
    datetime: 'Унесите датум и време са временском зоном.',
    duration: 'Унесите трајање по ISO 8601, нпр. P15D.',
    period: 'Унесите квартал године од 2000 до 2099, као 2026-Q1.',
    lang_tag: 'Изаберите језик.',
    bare_sr: 'За српски изаберите писмо: латиница (sr-Latn) или ћирилица (sr-Cyrl).',
    number_format: 'Унесите број као 1 или 2.3.',
    text_characters:
      'Текст садржи невидљиве знакове који не могу да се сачувају. Обришите их или поново напишите текст.',
    format: 'Ова вредност није у исправном облику.',
    consent_required: 'Да бисмо вас контактирали, дајте сагласност — или оставите контакт податке празне.',
    subject_one_of: 'Изаберите на шта се порука односи: услугу, обавезу или тему.',
    nothing_changed: 'Промените бар статус, степен завршености или проценат напретка.',
    unknown_field: 'Непознато поље: {keys}.',
    invalid: 'Ова вредност није исправна.',
  },
  fields: {
    'type.required': 'Изаберите врсту поруке.',
    'type.choose': 'Изаберите врсту поруке.',
    'language.required': 'Изаберите језик на којем пишете.',
    'message.required': 'Напишите своју поруку.',
    'message.max_chars': 'Порука је предугачка: напишите највише {max} знакова.',
    'message.min_chars': 'Порука је прекратка: напишите најмање {min} знакова.',
    'location.max_chars': 'Опишите место са највише {max} знакова.',
    'subject.topic.min_chars': 'Наведите тему са најмање {min} знака.',
    'subject.topic.required': 'Наведите на шта се порука односи.',
    'contact.name.max_chars': 'Име може имати највише {max} знакова.',
    'narrative.required': 'Опишите шта је урађено.',
    'progressPercent.max_number': 'Напредак је од 0 до 100 %.',
    'progressPercent.min_number': 'Напредак је од 0 до 100 %.',
  },
};

export default srCyrl;
