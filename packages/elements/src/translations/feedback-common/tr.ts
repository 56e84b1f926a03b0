import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const tr: FeedbackCommonTranslation = {
  lang: 'tr',
  kindName: { request: 'Talep', feedback: 'Geri bildirim', proposal: 'Öneri', issue_report: 'Sorun bildirimi' },
  statusName: {
    received: 'Alındı',
    acknowledged: 'Alındığı onaylandı',
    in_review: 'İnceleniyor',
    forwarded: 'Yetkili kuruma iletildi',
    action_scheduled: 'İşlem planlandı',
    in_progress: 'Sürüyor',
    answered: 'Yanıtlandı',
    accepted: 'Kabul edildi',
    partially_accepted: 'Kısmen kabul edildi',
    rejected: 'Kabul edilmedi',
    resolved: 'Çözüldü',
    duplicate: 'Yinelenen',
    not_competent: 'Bu kurumun sorumluluğunda değil',
    withdrawn: 'Geri çekildi',
    closed: 'Kapatıldı',
  },
  respondedOn: (date) => `Yanıt tarihi: ${date}`,
  previousPage: 'Önceki sayfa',
  nextPage: 'Sonraki sayfa',
  pageLabel: (page, pages) => `Sayfa ${page} / ${pages}`,
};

export default tr;
