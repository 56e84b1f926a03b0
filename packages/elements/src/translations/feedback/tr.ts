import type { FeedbackTranslation } from './feedback-translation.js';

/** Turkish (awaiting review by a native speaker): a noun after a number stays singular, so no plural forms. */
const tr: FeedbackTranslation = {
  lang: 'tr',
  kindHint: {
    request: 'Kurumdan bir şey yapmasını ya da size bilgi vermesini isteyin.',
    feedback: 'Kuruma neyin işe yarayıp neyin yaramadığını anlatın.',
    proposal: 'Bir fikir ya da iyileştirme önerin.',
    issue_report: 'Bir sorunu bildirin, örneğin bozuk bir sokak lambası ya da yoldaki bir çukur.',
  },
  decisionName: {
    accepted: 'Kabul edildi',
    partially_accepted: 'Kısmen kabul edildi',
    rejected: 'Kabul edilmedi',
    information_provided: 'Bilgi verildi',
    referred: 'Başka bir kuruma yönlendirildi',
    not_competent: 'Bu kurumun sorumluluğunda değil',
  },
  optional: '(isteğe bağlı)',
  errorPrefix: 'Hata',

  statusTitle: 'Mesajınızın durumu',
  tokenInputLabel: 'Takip kodu',
  tokenInputHint: 'Mesajınızı gönderdikten sonra aldığınız kod.',
  check: 'Durumu göster',
  statusNotFound: 'Bu takip koduyla bir mesaj bulunamadı. Kodu size verildiği gibi yazdığınızı kontrol edin.',
  tokenFormat: 'Takip kodunu size verildiği gibi girin (16 veya daha fazla harf, rakam, - veya _)',
  currentStatus: 'Güncel durum',
  submittedOn: 'Gönderilme tarihi',
  deadline: 'Yanıt için son tarih',
  deadlineMet: 'Süresi içinde yanıtlandı.',
  deadlineMissed: 'Süre yanıt verilmeden doldu.',
  deadlineOpen: 'Süre henüz dolmadı.',
  historyTitle: 'Geçmiş',
  responseTitle: 'Resmî yanıt',
  decision: 'Karar',
  appealTitle: 'Katılmıyorsanız',
  noResponseYet: 'Henüz resmî bir yanıt yok.',

  statsTitle: 'Vatandaş katılımı',
  statsEmpty: 'Henüz mesaj alınmadı.',
  total: (_count, written) => `${written} mesaj alındı`,
  byKind: 'Türe göre',
  byStatus: 'Duruma göre',
  answeredShare: 'Süresi içinde yanıtlanan',
  answeredShareNone: 'Henüz yanıtlanan mesaj yok.',
  medianResponse: 'Ortanca yanıt süresi',
  medianResponseNone: 'Henüz yeterli yanıt yok.',
  days: (_count, written) => `${written} gün`,
  chartSummary: (parts) => `Türe göre mesajlar: ${parts}.`,
  columnCount: 'Sayı',
  columnKind: 'Tür',
  columnStatus: 'Durum',

  subjectService: (id) => `Hizmet: ${id}`,
  subjectCommitment: (number) => `Taahhüt ${number}`,
  locationLabel: 'Konum',
  nameLabel: 'Ad',
  emailLabel: 'E-posta adresi',
  phoneLabel: 'Telefon numarası',
  referenceLabel: 'Başvuru numarası',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Bu bağlantıdan çok fazla mesaj gönderildi. Lütfen birkaç dakika bekleyip yeniden gönderin; metniniz saklanıyor.'
      : `Bu bağlantıdan çok fazla mesaj gönderildi. Lütfen ${seconds} saniye bekleyip yeniden gönderin; metniniz saklanıyor.`,
};

export default tr;
