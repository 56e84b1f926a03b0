import type { ValidationMessages } from '../messages.js';

/** Validation and field messages in Albanian. `{min}`, `{max}`, `{keys}` are filled in. */
const sq: ValidationMessages = {
  messages: {
    required: 'Plotësoni këtë fushë.',
    choose: 'Zgjidhni një nga mundësitë.',
    min_chars: 'Shkruani të paktën {min} karaktere.',
    max_chars: 'Shkruani jo më shumë se {max} karaktere.',
    min_items: 'Shtoni të paktën {min}.',
    max_items: 'Jo më shumë se {max}.',
    min_number: 'Shkruani një numër prej {min} ose më shumë.',
    max_number: 'Shkruani një numër deri në {max}.',
    whole_number: 'Shkruani një numër të plotë.',
    email: 'Shkruani një adresë emaili si emri@shembull.com.',
    phone: 'Shkruani një numër telefoni me shifra, p.sh. +383 44 123 456.',
    url: 'Shkruani një adresë uebi që fillon me https://.',
    date: 'Shkruani një datë të vlefshme (VVVV-MM-DD).',
    datetime: 'Shkruani datën dhe orën me zonë kohore.',
    duration: 'Shkruani një kohëzgjatje ISO 8601, p.sh. P15D.',
    period: 'Shkruani tremujorin si 2026-Q1.',
    lang_tag: 'Zgjidhni një gjuhë.',
    bare_sr: 'Për serbishten zgjidhni shkrimin: latin (sr-Latn) ose cirilik (sr-Cyrl).',
    number_format: 'Shkruani numrin si 1 ose 2.3.',
    text_characters: 'Teksti përmban shenja të padukshme që nuk mund të ruhen. Fshijini ose shkruani tekstin përsëri.',
    format: 'Kjo vlerë nuk ka formatin e duhur.',
    consent_required: 'Që t’ju kontaktojmë, jepni pëlqimin — ose lini bosh të dhënat e kontaktit.',
    subject_one_of: 'Zgjidhni për çfarë është mesazhi: një shërbim, një zotim ose një temë.',
    nothing_changed: 'Ndryshoni të paktën statusin, shkallën e përfundimit ose përqindjen e progresit.',
    unknown_field: 'Fushë e panjohur: {keys}.',
    invalid: 'Kjo vlerë nuk është e vlefshme.',
  },
  fields: {
    'type.required': 'Zgjidhni llojin e mesazhit.',
    'type.choose': 'Zgjidhni llojin e mesazhit.',
    'language.required': 'Zgjidhni gjuhën në të cilën shkruat.',
    'message.required': 'Shkruani mesazhin tuaj.',
    'message.max_chars': 'Mesazhi është shumë i gjatë: shkruani jo më shumë se {max} karaktere.',
    'location.max_chars': 'Përshkruani vendin me jo më shumë se {max} karaktere.',
    'subject.topic.min_chars': 'Emërtoni temën me të paktën {min} karaktere.',
    'contact.name.max_chars': 'Emri mund të ketë deri në {max} karaktere.',
    'narrative.required': 'Përshkruani çfarë është bërë.',
    'progressPercent.max_number': 'Progresi është nga 0 deri në 100 %.',
    'progressPercent.min_number': 'Progresi është nga 0 deri në 100 %.',
  },
};

export default sq;
