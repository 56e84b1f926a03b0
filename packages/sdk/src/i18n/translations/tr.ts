import type { ValidationMessages } from '../messages.js';

/** Validation and field messages in Turkish (awaiting review by native speakers, docs/languages.md). `{min}`, `{max}`, `{keys}` are filled in. */
const tr: ValidationMessages = {
  messages: {
    required: 'Bu alanı doldurun.',
    choose: 'Seçeneklerden birini seçin.',
    min_chars: 'En az {min} karakter yazın.',
    max_chars: 'En fazla {max} karakter yazın.',
    min_items: 'En az {min} tane ekleyin.',
    max_items: 'En fazla {max} tane.',
    min_number: '{min} veya daha büyük bir sayı girin.',
    max_number: 'En fazla {max} olan bir sayı girin.',
    whole_number: 'Bir tam sayı girin.',
    email: 'ad@ornek.com gibi bir e-posta adresi girin.',
    phone: 'Telefon numarasını rakamlarla girin, ör. +383 44 123 456.',
    url: 'https:// ile başlayan bir web adresi girin.',
    date: 'Geçerli bir tarih girin (YYYY-AA-GG).',
    datetime: 'Tarihi ve saati saat dilimiyle birlikte girin.',
    duration: 'ISO 8601 biçiminde bir süre girin, ör. P15D.',
    period: 'Çeyreği 2026-Q1 biçiminde girin.',
    lang_tag: 'Bir dil seçin.',
    bare_sr: 'Sırpça için alfabeyi seçin: Latin (sr-Latn) veya Kiril (sr-Cyrl).',
    number_format: 'Sayıyı 1 veya 2.3 biçiminde girin.',
    text_characters: 'Metin, kaydedilemeyen görünmez karakterler içeriyor. Bunları silin veya metni yeniden yazın.',
    format: 'Bu değer doğru biçimde değil.',
    consent_required: 'Sizinle iletişime geçilmesi için onay verin — ya da iletişim bilgilerini boş bırakın.',
    subject_one_of: 'Mesajınızın neyle ilgili olduğunu seçin: bir hizmet, bir taahhüt veya bir konu.',
    nothing_changed: 'En azından durumu, tamamlanma düzeyini veya ilerleme yüzdesini değiştirin.',
    unknown_field: 'Bilinmeyen alan: {keys}.',
    invalid: 'Bu değer geçerli değil.',
  },
  fields: {
    'type.required': 'Mesajın türünü seçin.',
    'type.choose': 'Mesajın türünü seçin.',
    'language.required': 'Yazdığınız dili seçin.',
    'message.required': 'Mesajınızı yazın.',
    'message.max_chars': 'Mesajınız çok uzun: en fazla {max} karakter yazın.',
    'location.max_chars': 'Yeri en fazla {max} karakterle tarif edin.',
    'subject.topic.min_chars': 'Konuyu en az {min} karakterle adlandırın.',
    'contact.name.max_chars': 'Ad en fazla {max} karakter olabilir.',
    'narrative.required': 'Ne yapıldığını anlatın.',
    'progressPercent.max_number': 'İlerleme %0 ile %100 arasındadır.',
    'progressPercent.min_number': 'İlerleme %0 ile %100 arasındadır.',
  },
};

export default tr;
